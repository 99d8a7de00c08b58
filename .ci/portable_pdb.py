"""Reads the document (source file) names of a portable PDB, which it stores as blobs of path parts, so a plain text
search for a path never finds one. Used by .ci/run's package check."""
import struct
def pdb_documents(data):
    """The document (source file) names of a portable PDB."""
    if data[:4] != b"BSJB":
        raise ValueError("not a portable PDB")
    length = struct.unpack_from("<I", data, 12)[0]
    pos = 16 + length + 2
    count = struct.unpack_from("<H", data, pos)[0]
    pos += 2
    streams = {}
    for _ in range(count):
        offset, size = struct.unpack_from("<II", data, pos)
        end = data.index(b"\0", pos + 8)
        streams[data[pos + 8:end].decode()] = (offset, size)
        pos = (end + 4) & ~3
    blob_at = streams["#Blob"][0]
    tables_at = streams["#~"][0]
    heap_sizes = data[tables_at + 6]
    valid = struct.unpack_from("<Q", data, tables_at + 8)[0]
    present = [t for t in range(64) if valid >> t & 1]
    if not present or present[0] != 0x30:
        raise ValueError("unexpected tables in the PDB")
    rows = struct.unpack_from("<%dI" % len(present), data, tables_at + 24)
    pos = tables_at + 24 + 4 * len(present)
    guid = 4 if heap_sizes & 2 else 2
    blob = 4 if heap_sizes & 4 else 2

    def index(at, size):
        return struct.unpack_from("<I" if size == 4 else "<H", data, at)[0]

    def compressed(at):
        b = data[at]
        if b & 0x80 == 0:
            return b, at + 1
        if b & 0xC0 == 0x80:
            return (b & 0x3F) << 8 | data[at + 1], at + 2
        return (b & 0x1F) << 24 | data[at + 1] << 16 | data[at + 2] << 8 | data[at + 3], at + 4

    def read_blob(i):
        n, at = compressed(blob_at + i)
        return data[at:at + n]

    names = []
    for r in range(rows[0]):
        name = read_blob(index(pos + r * (2 * blob + 2 * guid), blob))
        separator, parts, at = name[:1].decode(), [], 1
        while at < len(name):
            part, at = compressed_from(name, at)
            parts.append(read_blob(part).decode("utf-8") if part else "")
        names.append(separator.join(parts) if separator != "\0" else "".join(parts))
    return names

def compressed_from(b, at):
    x = b[at]
    if x & 0x80 == 0:
        return x, at + 1
    if x & 0xC0 == 0x80:
        return (x & 0x3F) << 8 | b[at + 1], at + 2
    return (x & 0x1F) << 24 | b[at + 1] << 16 | b[at + 2] << 8 | b[at + 3], at + 4
