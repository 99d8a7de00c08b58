// The Cramps CDS Hooks service: `dotnet run --project src/Cramps.CdsHooks` serves http://127.0.0.1:5077/cds-services.
Cramps.CdsHooks.CdsHooksApp.Build(args).Run();
