using Cramps.Core.Configuration;
using Cramps.Core.Internal;

namespace Cramps.Core.Knowledge;

/// <summary>Edition 2026.2: sources, urgency scale, categories, thresholds, conditions and laboratory tests.</summary>
public sealed partial class KnowledgeBase
{
    private const string DisclaimerText =
        "This is general information. It is not a diagnosis, and it does not replace advice from a doctor or nurse. "
        + "If you think you may have a medical emergency, call your doctor or emergency services (911 in the US) right away.";

    private static List<Source> BuildSources() =>
    [
        new("S1", "Zocdoc Answers, \"What causes muscle cramping?\" (the clinician's answer this knowledge base starts from)."),
        new("S2", "Allen RE, Kirby KA. Nocturnal leg cramps. Am Fam Physician 2012;86(4):350-355. PMID 22963024."),
        new("S4", "NICE Clinical Knowledge Summaries, \"Leg cramps\"."),
        new("S6", "Miller TM, Layzer RB. Muscle cramps. Muscle Nerve 2005;32:431-442."),
        new("S7", "Garrison SR et al. Nocturnal leg cramps and prescription use that precedes them: a sequence symmetry analysis. Arch Intern Med 2012;172:120-126. PMID 22157068. (Adjusted sequence ratios: LABA 2.42, K-sparing diuretics 2.12, thiazide-like 1.48, loop 1.20 n.s., statins 1.16.)"),
        new("S8", "Garrison SR et al. Magnesium for skeletal muscle cramps. Cochrane 2020, CD009402.pub3."),
        new("S9", "Luo L et al. Interventions for leg cramps in pregnancy. Cochrane 2020, CD010655.pub3."),
        new("S10", "Hallegraeff JM et al. Stretching before sleep reduces nocturnal leg cramps in older adults. J Physiother 2012;58:17-22. PMID 22341378."),
        new("S10b", "Hallegraeff J et al. Criteria in diagnosing nocturnal leg cramps: a systematic review. BMC Fam Pract 2017;18:29."),
        new("S12", "BMJ Best Practice, \"Muscle cramps\" (topic 569)."),
        new("S13", "Merck Manual Consumer Version, \"Muscle cramps\"."),
        new("S14", "Merck Manual Home Edition, \"Muscle cramps\"."),
        new("S15", "Mayo Clinic, \"Muscle cramp\"."),
        new("S16", "MedlinePlus, \"Muscle cramps\" (003193)."),
        new("S17", "MSD Manual Professional, \"Heat cramps\"."),
        new("S18", "CDC, heat-related illness guidance (heat stroke: call 911, cool the person, give nothing to drink; heat cramps: get medical help right away when cramps last over an hour, or with a low-sodium diet or heart problems)."),
        new("S19", "MSD Manual Professional, \"Hyperkalemia\"."),
        new("S20", "StatPearls, \"Hypokalemia\"."),
        new("S21", "StatPearls, \"Hypomagnesemia\"."),
        new("S22", "Harrison's Principles of Internal Medicine, hypocalcaemia."),
        new("S23", "Rhabdomyolysis patient guidance (Krames)."),
        new("S24", "Vascular Disease Foundation, \"Symptoms of DVT\"."),
        new("S25", "MHRA, quinine for nocturnal leg cramps (2010)."),
        new("S26", "FDA quinine actions (Dec 2006; Qualaquin boxed warning and REMS, Jul 2010)."),
        new("S28", "Caress JB et al. Natural history of muscle cramps in ALS. Muscle Nerve 2016;53:513-517."),
        new("S29", "Hawke F et al. Factors associated with night-time calf muscle cramps: a case-control study. Muscle Nerve 2013;47:339-343."),
        new("S30", "Abdulla AJ et al. Leg cramps in the elderly. Int J Clin Pract 1999;53:494-496."),
        new("S31", "Haskell SG, Fiebach NH. Clinical epidemiology of nocturnal leg cramps in male veterans."),
        new("S32", "Grandner MA, Winkelman JW. Nocturnal leg cramps: prevalence and associations (NHANES). PLoS One 2017."),
        new("S33", "Miller KC et al. Exercise-associated muscle cramps: an evidence-based review. J Athl Train 2022;57:5-15."),
        new("S34", "Muscle cramps in patients with cirrhosis (Konikoff & Theodor 1986 cohort: 52 % of cirrhotics)."),
        new("S35", "Intradialytic muscle cramps (about 20 % of haemodialysis sessions)."),
        new("S38", "Dijkstra JN et al. Muscle cramps and contractures. Pract Neurol 2023;23:23."),
        new("S42", "Singh V et al. Fasciculations and cramps: how benign? J Neurol 2011;258:573-578."),
        new("S44", "Hyponatraemia severity classes (clinical reference tables)."),
        new("S46", "NICE Clinical Knowledge Summaries, \"Polymyalgia rheumatica\" and \"Giant cell arteritis\"."),
        new("S47", "Dejaco C et al. 2015 recommendations for the management of polymyalgia rheumatica: a EULAR/ACR collaborative initiative. Ann Rheum Dis 2015;74:1799-1807."),
        new("S48", "Turner J, Gittoes N, Selby P; Society for Endocrinology Clinical Committee. Emergency management of acute hypocalcaemia in adult patients. Endocr Connect 2016;5(5):G7-G8 (severe: < 1.9 mmol/L and/or symptomatic at any level below the reference range: a medical emergency)."),
        new("S49", "Stroes ES et al. Statin-associated muscle symptoms: impact on statin therapy. European Atherosclerosis Society Consensus Panel Statement. Eur Heart J 2015;36:1012-1022 (CK > 4 × ULN with symptoms: review; > 10 × ULN: stop the statin)."),
        new("S50", "UK Kidney Association. Clinical practice guideline: treatment of acute hyperkalaemia in adults (2020, updated 2023): mild 5.5-5.9, moderate 6.0-6.4, severe ≥ 6.5 mmol/L."),
        new("S51", "Hypomagnesaemia treatment guidance in hospital practice (e.g. NHS trust guidelines): < 0.4 mmol/L, or symptomatic, needs intravenous magnesium."),
        new("S52", "Mackie SL et al. British Society for Rheumatology guideline on diagnosis and treatment of giant cell arteritis. Rheumatology 2020;59:e1-e23."),
    ];

    private List<BaselineReason> BuildBaselineReasons() =>
    [
        new(Cramps.Core.BaselineReasons.Factor, "a present risk factor of strength moderate or strong in a category other than " + string.Join(", ", Policies.BaselineBenignCategories), Cite("S4 S12")),
        new(Cramps.Core.BaselineReasons.MedicineOrElectrolyte, "a present risk factor, of any strength, of category " + string.Join(" or ", Policies.BaselineAnyStrengthCategories) + ": a medicine or a mineral imbalance is for the prescriber or clinician to review", Cite("S4 S7 S49")),
        new(Cramps.Core.BaselineReasons.EpisodeSite, "an episode in a muscle other than " + string.Join(" or ", Policies.TypicalMuscles.Select(WireNames.Of)), Cite("S4 S12")),
        new(Cramps.Core.BaselineReasons.QuinineUsed, "lifestyle.usedQuinineForCramps = true", Cite("S25 S26")),
        new(Cramps.Core.BaselineReasons.NothingKnown, "no episode and no crampPattern answer", Cite("S1")),
    ];

    private static List<UrgencyLevel> BuildUrgencyLevels() =>
    [
        new(Urgency.SelfCare, "Self-care is reasonable. See your main doctor if it goes on or gets worse."),
        new(Urgency.Routine, "Book a visit with your main doctor."),
        new(Urgency.Soon, "See a doctor or nurse within a few days."),
        new(Urgency.Urgent, "Get help from a doctor or nurse today."),
        new(Urgency.Emergency, "Call emergency services (911 in the US) now."),
    ];

    private static List<CauseCategory> BuildCategories() =>
    [
        new(0, "idiopathic-nocturnal", "Idiopathic night / rest cramps", "Night or rest cramps with no clear cause", "calf or foot cramps at night or rest, brief, eased by stretching; commonest; rises with age"),
        new(1, "exercise-associated", "Exercise and muscle fatigue", "Exercise and tired muscles", "during or soon after exertion; fatigue from repetitive use"),
        new(2, "pregnancy-associated", "Pregnancy", "Being pregnant", "common, mostly later pregnancy, mostly at night"),
        new(3, "medication-induced", "Medicines", "Your medicines and pills", "diuretics, inhaled long-acting beta-agonists, statins and the other medicine classes of the knowledge base"),
        new(4, "electrolyte-disturbance", "Electrolyte / mineral imbalance", "Low or high blood minerals (salts)", "low potassium, magnesium, calcium or sodium"),
        new(5, "volume-depletion-heat", "Fluid loss and heat", "Losing fluid, and heat", "heavy sweating, heat, vomiting, diarrhoea, fluid restriction"),
        new(6, "renal-dialysis", "Kidney disease and dialysis", "Kidney disease and a kidney machine", "chronic kidney disease, haemodialysis"),
        new(7, "hepatic-cirrhosis", "Liver cirrhosis", "Scarring of the liver", "cirrhosis of any cause"),
        new(8, "cardiovascular", "Heart and blood vessels", "Heart and blood vessels", "heart failure, peripheral artery disease, venous insufficiency"),
        new(9, "endocrine-metabolic", "Thyroid and metabolic", "Thyroid and blood sugar", "hypo- or hyperthyroidism, diabetes"),
        new(10, "peripheral-neurogenic", "Nerves and nerve roots", "Nerve damage or a pinched nerve", "peripheral neuropathy, radiculopathy, lumbar spinal stenosis"),
        new(11, "motor-neuron-disease", "Motor neuron disease pattern", "A pattern seen in some nerve diseases", "cramps with weakness, wasting, twitching; widespread cramps"),
        new(12, "other-neurologic", "Other neurological disorders", "Other nerve and brain conditions", "multiple sclerosis, myasthenia gravis, parkinsonism"),
        new(13, "lifestyle-positional", "Lifestyle and posture", "Daily habits and posture", "caffeine, alcohol, long sitting or standing, deconditioning"),
        new(14, "mimic-not-cramp", "Something that mimics a cramp", "Something that only looks like a cramp", "claudication, restless legs, clot (DVT), rhabdomyolysis, tetany"),
    ];

    private static ReadOnlyArray<Threshold> BuildThresholds() =>
        new([.. ThresholdDeclarations.All.Select((t, index) => new Threshold(index, t.Name, t.DefaultValue, t.Unit, t.Description))]);

    private static List<ConditionDefinition> BuildConditions()
    {
        var list = new List<ConditionDefinition>();
        void Add(string id, string name, string[] icd, params string[] snomed) => list.Add(new ConditionDefinition(list.Count, id, name, icd, snomed));

        Add("heart-failure", "Heart failure", ["I50"], "84114007");
        Add("chronic-kidney-disease", "Chronic kidney disease", ["N18"]);
        Add("hemodialysis", "Hemodialysis", ["Z99.2", "Z49"]);
        Add("cirrhosis", "Cirrhosis", ["K74.6", "K70.3"], "19943007");
        Add("peripheral-artery-disease", "Peripheral artery disease", ["I73.9", "I70.2"], "399957001");
        Add("venous-insufficiency", "Venous insufficiency", ["I83", "I87.2"]);
        Add("hypothyroidism", "Hypothyroidism", ["E03"], "40930008");
        Add("hyperthyroidism", "Hyperthyroidism", ["E05"]);
        Add("diabetes", "Diabetes", ["E10", "E11", "E13"]);
        Add("peripheral-neuropathy", "Peripheral neuropathy", ["G60", "G61", "G62", "G63", "G64", "E10.4", "E11.4"]);
        Add("lumbar-stenosis-radiculopathy", "Lumbar spinal stenosis or radiculopathy", ["M48.06", "M54.1"]);
        Add("motor-neuron-disease", "Motor neuron disease", ["G12.2"], "86044005");
        Add("multiple-sclerosis", "Multiple sclerosis", ["G35"]);
        Add("myasthenia-gravis", "Myasthenia gravis", ["G70.0"], "91637004");
        Add("parkinsonism", "Parkinsonism", ["G20", "G21"]);
        return list;
    }

    private static List<LabTest> BuildLabTests()
    {
        var list = new List<LabTest>();
        void Add(string id, string name, string[] loinc, string canonical, params LabUnit[] others) =>
            list.Add(new LabTest(list.Count, id, name, loinc, canonical, [new LabUnit(canonical, 1), .. others]));

        Add("potassium", "Potassium", ["2823-3", "6298-4"], "mmol/L", new LabUnit("mEq/L", 1));
        Add("sodium", "Sodium", ["2951-2", "2947-0"], "mmol/L", new LabUnit("mEq/L", 1));
        Add("magnesium", "Magnesium", ["19123-9", "2601-3"], "mmol/L", new LabUnit("mg/dL", 0.4114), new LabUnit("mEq/L", 0.5));
        Add("calcium", "Calcium (total)", ["17861-6", "2000-8"], "mmol/L", new LabUnit("mg/dL", 0.2495));
        Add("ionized-calcium", "Calcium (ionised)", ["1994-3", "17863-2"], "mmol/L", new LabUnit("mg/dL", 0.2495));
        Add("albumin", "Albumin", ["1751-7"], "g/dL", new LabUnit("g/L", 0.1));
        Add("tsh", "Thyroid-stimulating hormone", ["3016-3", "11579-0", "11580-8"], "mIU/L", new LabUnit("uIU/mL", 1, "u[IU]/mL"), new LabUnit("µIU/mL", 1));
        Add("creatine-kinase", "Creatine kinase", ["2157-6"], "U/L", new LabUnit("IU/L", 1, "[IU]/L"));
        Add("egfr", "Estimated glomerular filtration rate", ["98979-8", "62238-1", "33914-3"], "mL/min/1.73m2");
        return list;
    }
}
