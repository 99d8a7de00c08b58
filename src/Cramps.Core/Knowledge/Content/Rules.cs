using Cramps.Core.Evaluation;
using static Cramps.Core.Evaluation.Comparison;

namespace Cramps.Core.Knowledge;

/// <summary>Edition 2026.2: risk factors (history, medicines, laboratory values) and red flags, in table order.</summary>
public sealed partial class KnowledgeBase
{
    private List<RiskFactor> BuildRiskFactors(List<MedicineClass> medicineClasses)
    {
        var list = new List<RiskFactor>();
        var electrolytes = Category("electrolyte-disturbance");
        var volume = Category("volume-depletion-heat");
        CauseCategory[] diureticPointsTo = [electrolytes, volume];

        void Factor(string id, (string Clinical, string Plain) name, string category, EvidenceStrength strength, string sources, RuleTerm term, params CauseCategory[] pointsTo) =>
            list.Add(new RiskFactor(list.Count, id, name.Clinical, name.Plain, Category(category), strength, Cite(sources), term, Policies, pointsTo: pointsTo));

        void Medicine(string id, (string Clinical, string Plain) name, EvidenceStrength strength, string sources, string[] atc, string[] names, string[] brands, params CauseCategory[] pointsTo)
        {
            var medicines = new MedicineClass(medicineClasses.Count, id, atc, names, brands);
            medicineClasses.Add(medicines);
            list.Add(new RiskFactor(list.Count, id, name.Clinical, name.Plain, Category("medication-induced"), strength, Cite(sources), new TakesMedicine(medicines), Policies, medicines, pointsTo));
        }

        // History, conditions and lifestyle
        Factor("older-age", ("Older age", "Age 50 or older"), "idiopathic-nocturnal", EvidenceStrength.Moderate, "S2 S4 S10b S12",
            new NumberIs(Inputs.AgeYears, AtLeast, Threshold("olderAgeYears")));
        Factor("female-sex", ("Female sex", "Being female"), "idiopathic-nocturnal", EvidenceStrength.Weak, "S12 S30",
            new SexIs(Sex.Female));
        Factor("family-history", ("Family history of cramps", "Cramps run in the family"), "idiopathic-nocturnal", EvidenceStrength.Weak, "S12",
            new BoolIs(Inputs.FamilyHistoryOfCramps, true));
        Factor("pregnancy", ("Pregnancy", "Being pregnant"), "pregnancy-associated", EvidenceStrength.Strong, "S2 S4 S9 S12",
            new BoolIs(Inputs.Pregnant, true));
        Factor("hemodialysis", ("Hemodialysis", "On a kidney machine (dialysis)"), "renal-dialysis", EvidenceStrength.Strong, "S1 S2 S12 S35",
            new AnyTerm(HasCondition("hemodialysis"), new DiaryFactIs(DiaryFactKind.DuringDialysis, true)), electrolytes);
        Factor("chronic-kidney-disease", ("Chronic kidney disease", "Long-term kidney disease"), "renal-dialysis", EvidenceStrength.Moderate, "S1 S6",
            new AnyTerm(HasCondition("chronic-kidney-disease"), new LabIs(LabTest("egfr"), Below, Threshold("egfrLow"))), electrolytes);
        Factor("cirrhosis", ("Liver cirrhosis", "Scarring of the liver"), "hepatic-cirrhosis", EvidenceStrength.Strong, "S2 S12 S34",
            HasCondition("cirrhosis"));
        Factor("heart-failure", ("Heart failure", "Heart failure"), "cardiovascular", EvidenceStrength.Weak, "S1 S32",
            HasCondition("heart-failure"), electrolytes);
        Factor("peripheral-artery-disease", ("Peripheral artery disease", "Poor blood flow to the legs"), "cardiovascular", EvidenceStrength.Moderate, "S2 S15 S30 S31",
            new AnyTerm(HasCondition("peripheral-artery-disease"), new BoolIs(Inputs.LegPainWithWalkingEasedByRest, true)));
        Factor("venous-insufficiency", ("Venous insufficiency", "Weak leg veins"), "cardiovascular", EvidenceStrength.Weak, "S4",
            HasCondition("venous-insufficiency"));
        Factor("hypothyroidism", ("Underactive thyroid (hypothyroidism)", "A slow thyroid gland"), "endocrine-metabolic", EvidenceStrength.Moderate, "S1 S6 S12 S13",
            new AnyTerm(HasCondition("hypothyroidism"), new LabIs(LabTest("tsh"), Above, Threshold("tshHigh"))));
        Factor("hyperthyroidism", ("Overactive thyroid (hyperthyroidism)", "A fast thyroid gland"), "endocrine-metabolic", EvidenceStrength.Weak, "S1 S12",
            new AnyTerm(HasCondition("hyperthyroidism"), new LabIs(LabTest("tsh"), Below, Threshold("tshLow"))));
        Factor("diabetes", ("Diabetes", "High blood sugar (diabetes)"), "endocrine-metabolic", EvidenceStrength.Moderate, "S12 S15",
            HasCondition("diabetes"));
        Factor("peripheral-neuropathy", ("Peripheral neuropathy", "Nerve damage in the hands or feet"), "peripheral-neurogenic", EvidenceStrength.Moderate, "S2 S29",
            new AnyTerm(HasCondition("peripheral-neuropathy"), new BoolIs(Inputs.NumbnessOrTingling, true)));
        Factor("lumbar-stenosis-radiculopathy", ("Lumbar spinal stenosis or radiculopathy", "A pinched nerve or narrow spine in the lower back"), "peripheral-neurogenic", EvidenceStrength.Moderate, "S2 S6 S15",
            new AnyTerm(HasCondition("lumbar-stenosis-radiculopathy"), new BoolIs(Inputs.LegPainEasedByBendingForward, true)));
        Factor("motor-neuron-disease", ("Motor neuron disease", "A disease of the nerves that move the muscles"), "motor-neuron-disease", EvidenceStrength.Strong, "S6 S12 S28",
            HasCondition("motor-neuron-disease"));
        Factor("multiple-sclerosis", ("Multiple sclerosis", "MS, a disease of the brain and spinal cord"), "other-neurologic", EvidenceStrength.Weak, "S1 S12 S38",
            HasCondition("multiple-sclerosis"));
        Factor("myasthenia-gravis", ("Myasthenia gravis", "A nerve disease that makes muscles weak"), "other-neurologic", EvidenceStrength.ExpertOpinion, "S1",
            HasCondition("myasthenia-gravis"));
        Factor("parkinsonism", ("Parkinsonism", "Parkinson's or a disease like it"), "other-neurologic", EvidenceStrength.Weak, "S38",
            HasCondition("parkinsonism"));
        Factor("restricted-diet", ("Restricted or low-salt diet", "A strict or low-salt diet"), "electrolyte-disturbance", EvidenceStrength.ExpertOpinion, "S1 S17 S18",
            new AnyTerm(new BoolIs(Inputs.RestrictedDiet, true), new BoolIs(Inputs.LowSaltDiet, true)));
        Factor("fluid-restriction", ("Fluid restriction", "Told to drink less fluid"), "volume-depletion-heat", EvidenceStrength.ExpertOpinion, "S1",
            new BoolIs(Inputs.FluidRestriction, true));
        Factor("fluid-loss-heat", ("Fluid loss or heat", "Losing fluid through sweat, heat, vomiting or diarrhea"), "volume-depletion-heat", EvidenceStrength.Moderate, "S13 S15 S17 S18",
            new AnyTerm(
                new BoolIs(Inputs.HeatOrHeavySweating, true),
                new BoolIs(Inputs.RecentVomitingOrDiarrhea, true),
                new EpisodeShows("an episode with setting in-heat", static e => EpisodeShows.WithSetting(e, EpisodeSetting.InHeat), unknownWithoutDiary: false)));
        Factor("home-parenteral-nutrition", ("Home parenteral nutrition", "Being fed through a vein at home"), "electrolyte-disturbance", EvidenceStrength.Weak, "S12",
            new BoolIs(Inputs.HomeParenteralNutrition, true));
        Factor("repetitive-motion-fatigue", ("Muscle fatigue after repetitive motion", "Muscles tired from doing the same motion"), "exercise-associated", EvidenceStrength.Moderate, "S1 S6 S12",
            new BoolIs(Inputs.RepetitiveMotionFatigue, true));
        Factor("exercise-related", ("Cramps during or after exercise", "Cramps during or after exercise"), "exercise-associated", EvidenceStrength.Strong, "S1 S12 S33",
            new DiaryFactIs(DiaryFactKind.AfterExercise, true));
        Factor("high-caffeine", ("High caffeine intake", "A lot of caffeine"), "lifestyle-positional", EvidenceStrength.ExpertOpinion, "S1 S14",
            new CaffeineAtLeast(Threshold("caffeineMgPerDay"), Threshold("caffeineMgPerServing")));
        Factor("heavy-alcohol", ("Heavy alcohol use", "Drinking a lot of alcohol"), "lifestyle-positional", EvidenceStrength.Weak, "S13 S16",
            new AnyTerm(
                new NumberIs(Inputs.AlcoholDrinksPerWeek, Above, Threshold("heavyDrinksPerWeekMale")),
                new AllTerm(new SexIs(Sex.Female), new NumberIs(Inputs.AlcoholDrinksPerWeek, Above, Threshold("heavyDrinksPerWeekFemale")))));
        Factor("prolonged-sitting-standing", ("Prolonged sitting or standing", "Sitting or standing for a long time"), "lifestyle-positional", EvidenceStrength.ExpertOpinion, "S13 S15",
            new BoolIs(Inputs.ProlongedSittingOrStanding, true));
        Factor("deconditioning", ("No regular exercise or stretching", "Not enough exercise or stretching"), "lifestyle-positional", EvidenceStrength.Weak, "S13 S15 S29",
            new BoolIs(Inputs.RegularExerciseOrStretching, false));

        Factor("polymyalgia-pattern", ("Polymyalgia rheumatica pattern", "Stiff, aching shoulders or hips in the morning"), "mimic-not-cramp", EvidenceStrength.Moderate, "S46 S47",
            new AllTerm(new BoolIs(Inputs.MorningStiffnessShouldersHips, true), new NumberIs(Inputs.AgeYears, AtLeast, Threshold("olderAgeYears"))));

        // Medicines: an ATC prefix, or a generic or brand name as whole words anywhere in the name; a combination
        // product matches every class it names. Diuretics also point to electrolytes and fluid loss. Aldactazide
        // (spironolactone with hydrochlorothiazide) is a thiazide too, although the specification's brand paragraph
        // lists it under potassium-sparing only; "estrogens conjugated" is the word order of RxNorm's and USP's names
        // ("Estrogens, Conjugated 0.625 MG Oral Tablet") (docs/articles/clinical-safety.md, "Medicine names").
        Medicine("diuretic-thiazide", ("Thiazide or thiazide-like diuretic", "A water pill of the thiazide type"), EvidenceStrength.Moderate, "S1 S7",
            ["C03A", "C03B", "C03EA"], ["hydrochlorothiazide", "bendroflumethiazide", "chlortalidone", "chlorthalidone", "indapamide", "metolazone"],
            ["Microzide", "Hygroton", "Thalitone", "Lozol", "Natrilix", "Zaroxolyn", "Aprinox", "Neo-NaClex", "Hyzaar", "Zestoretic", "Prinzide", "Vaseretic",
             "Lotensin HCT", "Diovan HCT", "Benicar HCT", "Micardis HCT", "Avalide", "Tribenzor", "Exforge HCT", "Dyazide", "Maxzide", "Aldactazide"],
            diureticPointsTo);
        Medicine("diuretic-loop", ("Loop diuretic", "A strong water pill (loop type)"), EvidenceStrength.Weak, "S1 S7",
            ["C03C", "C03EB"], ["furosemide", "bumetanide", "torasemide", "torsemide"], ["Lasix", "Bumex", "Demadex", "Soaanz", "Edecrin"], diureticPointsTo);
        Medicine("diuretic-potassium-sparing", ("Potassium-sparing diuretic", "A water pill that keeps potassium in"), EvidenceStrength.Moderate, "S1 S7",
            ["C03D", "C03E"], ["spironolactone", "eplerenone", "amiloride", "triamterene"],
            ["Aldactone", "CaroSpir", "Inspra", "Midamor", "Dyrenium", "Aldactazide", "Dyazide", "Maxzide"], diureticPointsTo);
        Medicine("statin", ("Statin", "A statin, a drug for high cholesterol"), EvidenceStrength.Weak, "S1 S7 S12",
            ["C10AA", "C10BA", "C10BX"], ["atorvastatin", "simvastatin", "rosuvastatin", "pravastatin", "lovastatin", "fluvastatin", "pitavastatin"],
            ["Lipitor", "Zocor", "Crestor", "Pravachol", "Mevacor", "Altoprev", "Lescol", "Livalo", "Zypitamag", "Vytorin", "Caduet", "Ezallor", "Flolipid"]);
        Medicine("long-acting-beta-agonist", ("Inhaled long-acting beta-agonist", "A daily inhaler that keeps airways open"), EvidenceStrength.Moderate, "S7",
            ["R03AC12", "R03AC13", "R03AC18", "R03AC19", "R03AK", "R03AL"], ["salmeterol", "formoterol", "indacaterol", "olodaterol", "vilanterol"],
            ["Serevent", "Foradil", "Perforomist", "Arcapta", "Striverdi", "Advair", "Seretide", "Symbicort", "Breo", "Relvar", "Dulera", "Wixela", "AirDuo",
             "Anoro", "Stiolto", "Trelegy", "Fostair"]);
        Medicine("short-acting-beta-agonist", ("Inhaled short-acting beta-agonist", "A quick-relief inhaler"), EvidenceStrength.Weak, "S4",
            ["R03AC02", "R03AC03"], ["salbutamol", "albuterol", "levalbuterol", "terbutaline"], ["Ventolin", "ProAir", "Proventil", "Xopenex", "Bricanyl"]);
        Medicine("iron-sucrose-iv", ("Intravenous iron sucrose", "Iron given into a vein"), EvidenceStrength.Moderate, "S2",
            ["B03AC"], ["iron sucrose"], ["Venofer"]);
        Medicine("estrogen", ("Estrogen", "A hormone drug with estrogen"), EvidenceStrength.Moderate, "S2",
            ["G03C"], ["conjugated estrogens", "estrogens conjugated", "estradiol"], ["Premarin", "Estrace", "Vivelle", "Climara", "Divigel", "Estrogel", "Evorel"]);
        Medicine("raloxifene", ("Raloxifene", "A bone drug (raloxifene)"), EvidenceStrength.Moderate, "S2", ["G03XC01"], ["raloxifene"], ["Evista"]);
        Medicine("teriparatide", ("Teriparatide", "A bone drug given as a shot"), EvidenceStrength.Moderate, "S2", ["H05AA02"], ["teriparatide"], ["Forteo", "Forsteo", "Bonsity"]);
        Medicine("naproxen", ("Naproxen", "A pain pill (naproxen)"), EvidenceStrength.Moderate, "S2", ["M01AE02"], ["naproxen"], ["Aleve", "Naprosyn", "Anaprox", "Naprelan"]);
        Medicine("nifedipine", ("Nifedipine", "A blood pressure drug (nifedipine)"), EvidenceStrength.Weak, "S4", ["C08CA05"], ["nifedipine"], ["Procardia", "Adalat"]);
        Medicine("other-cramp-drug", ("Other medicine linked to cramps", "Another medicine linked to cramps"), EvidenceStrength.Weak, "S6 S12",
            ["L01EA01", "C10AB", "H02AB", "N05AN01", "A02BA01"], ["imatinib", "fenofibrate", "gemfibrozil", "prednisone", "prednisolone", "lithium", "cimetidine"],
            ["Gleevec", "Glivec", "Tricor", "Trilipix", "Lopid", "Deltasone", "Rayos", "Lithobid", "Priadel", "Camcolit", "Tagamet"]);
        Factor("new-medicine-temporal", ("Medicine started shortly before the cramps", "A medicine started just before the cramps"), "medication-induced", EvidenceStrength.ExpertOpinion, "S13",
            new NewMedicineWithin(Threshold("newMedicineWindowDays")));

        // Laboratory values: per test, the results of the latest collection date and every undated result count
        // (undated is not old).
        Factor("hypokalemia", ("Low potassium (hypokalemia)", "Low potassium in the blood"), "electrolyte-disturbance", EvidenceStrength.Moderate, "S1 S2 S20",
            new LabIs(LabTest("potassium"), Below, Threshold("potassiumLow")));
        Factor("hypomagnesemia", ("Low magnesium (hypomagnesemia)", "Low magnesium in the blood"), "electrolyte-disturbance", EvidenceStrength.Moderate, "S1 S21",
            new LabIs(LabTest("magnesium"), Below, Threshold("magnesiumLow")));
        Factor("hypocalcemia", ("Low calcium (hypocalcemia)", "Low calcium in the blood"), "electrolyte-disturbance", EvidenceStrength.Moderate, "S1 S22",
            new AnyTerm(
                new LabIs(LabTest("ionized-calcium"), Below, Threshold("ionizedCalciumLow")),
                new CorrectedCalciumIs(LabTest("calcium"), LabTest("albumin"), Below, Threshold("calciumLow"))));
        Factor("hyponatremia", ("Low sodium (hyponatremia)", "Low sodium (salt) in the blood"), "electrolyte-disturbance", EvidenceStrength.Weak, "S6 S17",
            new LabIs(LabTest("sodium"), Below, Threshold("sodiumLow")));
        return list;
    }

    private List<RedFlag> BuildRedFlags(int firstIndex)
    {
        var list = new List<RedFlag>();
        void Flag(string id, (string Clinical, string Plain) name, string category, string sources, params RedFlagLevel[] levels) =>
            list.Add(new RedFlag(firstIndex + list.Count, id, name.Clinical, name.Plain, Category(category), Cite(sources), levels, Policies));
        static RedFlagLevel Level(Urgency urgency, RuleTerm term) => new(urgency, term);

        var potassium = LabTest("potassium");
        var sodium = LabTest("sodium");
        var creatineKinase = LabTest("creatine-kinase");
        BoolIs Yes(YesNoInput field) => new(field, true);

        Flag("flag-chest-or-breathing", ("Chest pain or trouble breathing", "Chest pain or trouble breathing"), "mimic-not-cramp", "S13 S24",
            Level(Urgency.Emergency, new AnyTerm(
                Yes(Inputs.ChestPainOrBreathlessness),
                new EpisodeShows("an episode in chest", static e => EpisodeShows.InMuscles(e, 1 << (int)MuscleRegion.Chest), unknownWithoutDiary: false))));
        Flag("flag-heat-stroke", ("Possible heat stroke", "Signs of heat stroke"), "volume-depletion-heat", "S18",
            Level(Urgency.Emergency, new AllTerm(
                Yes(Inputs.ConfusionOrFainting),
                new AnyTerm(Yes(Inputs.HighTemperature), new RuleIs("fluid-loss-heat")))));
        Flag("flag-rhabdomyolysis", ("Possible muscle breakdown (rhabdomyolysis)", "Signs of serious muscle damage"), "mimic-not-cramp", "S12 S23",
            Level(Urgency.Emergency, new AnyTerm(
                new AllTerm(
                    Yes(Inputs.DarkOrScantUrine),
                    new AnyTerm(Yes(Inputs.SevereMusclePainOrSwelling), Yes(Inputs.NewWeakness))),
                new AllTerm(
                    new LabIs(creatineKinase, AtLeast, Threshold("ckUpperLimit"), Threshold("ckRhabdoMultiple")),
                    Yes(Inputs.DarkOrScantUrine)))),
            Level(Urgency.Urgent, new LabIs(creatineKinase, AtLeast, Threshold("ckUpperLimit"), Threshold("ckRhabdoMultiple"))));
        Flag("flag-severe-potassium", ("Dangerous potassium level", "Potassium far too low or too high"), "electrolyte-disturbance", "S19 S20 S50",
            Level(Urgency.Emergency, new AnyTerm(
                new LabIs(potassium, Below, Threshold("potassiumEmergency")),
                new LabIs(potassium, AtLeast, Threshold("potassiumHighEmergency")))),
            Level(Urgency.Urgent, new AnyTerm(
                new LabIs(potassium, Below, Threshold("potassiumUrgent")),
                new LabIs(potassium, AtLeast, Threshold("potassiumHighUrgent")))));
        Flag("flag-severe-sodium", ("Dangerously low sodium", "Very low sodium (salt)"), "electrolyte-disturbance", "S44",
            Level(Urgency.Emergency, new LabIs(sodium, AtMost, Threshold("sodiumEmergency"))),
            Level(Urgency.Urgent, new LabIs(sodium, Below, Threshold("sodiumUrgent"))));
        Flag("flag-tetany", ("Signs of tetany", "Muscles locking in spasm"), "electrolyte-disturbance", "S22 S48",
            Level(Urgency.Emergency, Yes(Inputs.ThroatTighteningOrSeizure)),
            Level(Urgency.Urgent, new AnyTerm(Yes(Inputs.HandsOrFeetLockingInSpasm), Yes(Inputs.TinglingAroundMouth))));
        Flag("flag-severe-calcium", ("Severe or symptomatic low calcium", "Very low calcium"), "electrolyte-disturbance", "S22 S48",
            Level(Urgency.Emergency, new AllTerm(
                new RuleIs("hypocalcemia"),
                new AnyTerm(Yes(Inputs.TinglingAroundMouth), Yes(Inputs.HandsOrFeetLockingInSpasm), Yes(Inputs.ThroatTighteningOrSeizure)))),
            Level(Urgency.Urgent, new AnyTerm(
                new CorrectedCalciumIs(LabTest("calcium"), LabTest("albumin"), Below, Threshold("calciumUrgent")),
                new LabIs(LabTest("ionized-calcium"), Below, Threshold("ionizedCalciumUrgent")))));
        Flag("flag-severe-magnesium", ("Very low magnesium", "Very low magnesium in the blood"), "electrolyte-disturbance", "S21 S51",
            Level(Urgency.Urgent, new LabIs(LabTest("magnesium"), Below, Threshold("magnesiumUrgent"))));
        Flag("flag-leg-clot", ("Possible blood clot in the leg", "Signs of a blood clot in the leg"), "mimic-not-cramp", "S4 S15 S24",
            Level(Urgency.Emergency, new AllTerm(Yes(Inputs.OneSidedLegSwelling), new RuleIs("flag-chest-or-breathing"))),
            Level(Urgency.Urgent, Yes(Inputs.OneSidedLegSwelling)));
        Flag("flag-confusion-or-fainting", ("Confusion or fainting", "Confused or fainting"), "volume-depletion-heat", "S13 S18 S44",
            Level(Urgency.Urgent, Yes(Inputs.ConfusionOrFainting)));
        Flag("flag-muscle-injury-signs", ("Signs of muscle injury", "Signs of muscle injury"), "mimic-not-cramp", "S12 S23",
            Level(Urgency.Urgent, new AnyTerm(Yes(Inputs.SevereMusclePainOrSwelling), Yes(Inputs.DarkOrScantUrine))));
        Flag("flag-fever", ("Fever", "A high fever"), "mimic-not-cramp", "S12 S13",
            Level(Urgency.Urgent, new AllTerm(Yes(Inputs.HighTemperature), Yes(Inputs.SevereMusclePainOrSwelling))),
            Level(Urgency.Soon, Yes(Inputs.HighTemperature)));
        Flag("flag-fluid-loss", ("Heavy vomiting or diarrhoea", "Vomiting or diarrhea a lot"), "volume-depletion-heat", "S13 S18",
            Level(Urgency.Urgent, Yes(Inputs.RecentVomitingOrDiarrhea)));
        Flag("flag-heat-cramps-persisting", ("Heat cramps needing medical care", "Heat cramps that need a doctor"), "volume-depletion-heat", "S18",
            Level(Urgency.Urgent, new AllTerm(
                new RuleIs("fluid-loss-heat"),
                new AnyTerm(
                    new LongestEpisodeAbove(Threshold("heatCrampMinutes"), secondsPerUnit: 60),
                    new RuleIs("heart-failure"),
                    new RuleIs("restricted-diet")))));
        Flag("flag-weakness-or-wasting", ("Weakness or wasting", "New weakness or muscles getting thinner"), "motor-neuron-disease", "S4 S12 S13 S42",
            Level(Urgency.Urgent, new AnyTerm(Yes(Inputs.NewWeakness), Yes(Inputs.MuscleWasting))));
        Flag("flag-statin-muscle-symptoms", ("Statin-associated muscle symptoms", "Muscle problems while taking a statin"), "medication-induced", "S7 S49",
            Level(Urgency.Urgent, new AllTerm(
                new RuleIs("statin"),
                new LabIs(creatineKinase, AtLeast, Threshold("ckUpperLimit"), Threshold("ckStatinUrgentMultiple")))),
            Level(Urgency.Soon, new AllTerm(
                new RuleIs("statin"),
                new AnyTerm(
                    Yes(Inputs.SevereMusclePainOrSwelling),
                    Yes(Inputs.NewWeakness),
                    new LabIs(creatineKinase, Above, Threshold("ckUpperLimit"), Threshold("ckStatinMultiple"))))));
        Flag("flag-giant-cell-arteritis", ("Possible giant cell arteritis", "New headache, jaw pain or change in eyesight"), "mimic-not-cramp", "S46 S52",
            Level(Urgency.Urgent, new AllTerm(
                Yes(Inputs.NewHeadacheJawPainOrVisionChange),
                new NumberAtLeastOrUnknown(Inputs.AgeYears, Threshold("olderAgeYears")))));
        Flag("flag-widespread", ("Widespread cramps", "Cramps in many parts of the body"), "motor-neuron-disease", "S12 S28",
            Level(Urgency.Soon, new WidespreadEpisodes(Threshold("widespreadAreas"))));
        Flag("flag-claudication", ("Leg pain on walking that eases with rest", "Leg pain when walking that stops with rest"), "mimic-not-cramp", "S13 S15",
            Level(Urgency.Soon, Yes(Inputs.LegPainWithWalkingEasedByRest)));
        Flag("flag-new-medicine", ("Cramps soon after starting a medicine", "Cramps soon after starting a medicine"), "medication-induced", "S13",
            Level(Urgency.Soon, new RuleIs("new-medicine-temporal")));
        Flag("flag-heavy-alcohol", ("Heavy alcohol use", "Drinking a lot of alcohol"), "lifestyle-positional", "S13",
            Level(Urgency.Soon, new RuleIs("heavy-alcohol")));
        Flag("flag-atypical-site", ("Cramps in an unusual place", "Cramps in an unusual place"), "motor-neuron-disease", "S12 S13",
            Level(Urgency.Routine, new EpisodeShows(
                "an episode in abdomen, arm, hand or neck",
                static e => EpisodeShows.InMuscles(e, (1 << (int)MuscleRegion.Abdomen) | (1 << (int)MuscleRegion.Arm) | (1 << (int)MuscleRegion.Hand) | (1 << (int)MuscleRegion.Neck)),
                unknownWithoutDiary: true)));
        Flag("flag-twitching", ("Muscle twitching (fasciculations)", "Muscles that twitch"), "motor-neuron-disease", "S4 S42",
            Level(Urgency.Routine, Yes(Inputs.MuscleTwitching)));
        Flag("flag-frequent", ("Frequent cramps", "Frequent cramps"), "idiopathic-nocturnal", "S4 S15",
            Level(Urgency.Routine, new FrequencyAtLeast(Threshold("frequentPerWeek"))));
        Flag("flag-prolonged-or-unrelieved", ("Long cramps, or cramps stretching does not stop", "Long cramps, or cramps that stretching does not ease"), "mimic-not-cramp", "S12",
            Level(Urgency.Routine, new AnyTerm(
                new LongestEpisodeAbove(Threshold("prolongedSeconds"), secondsPerUnit: 1),
                new DiaryFactIs(DiaryFactKind.RelievedByStretching, false))));
        Flag("flag-dialysis-cramps", ("Cramps during dialysis", "Cramps while on dialysis"), "renal-dialysis", "S35",
            Level(Urgency.Routine, new AllTerm(new RuleIs("hemodialysis"), new DiaryFactIs(DiaryFactKind.DuringDialysis, true))));
        return list;
    }

    // The lookups the content is written with; internal so tests can show a misspelt id fails the build of the catalog.
    internal CauseCategory Category(string id) =>
        Categories.FirstOrDefault(c => c.Id == id) ?? throw new InvalidOperationException("Unknown category '" + id + "'.");

    internal Threshold Threshold(string name) =>
        Thresholds.FirstOrDefault(t => t.Name == name) ?? throw new InvalidOperationException("Unknown threshold '" + name + "'.");

    internal LabTest LabTest(string id) =>
        LabTests.FirstOrDefault(l => l.Id == id) ?? throw new InvalidOperationException("Unknown lab test '" + id + "'.");

    internal HasCondition HasCondition(string id) =>
        new(Conditions.FirstOrDefault(c => c.Id == id) ?? throw new InvalidOperationException("Unknown condition '" + id + "'."));

    internal Source[] Cite(string keys) =>
        [.. keys.Split(' ').Select(k => Sources.FirstOrDefault(s => s.Key == k) ?? throw new InvalidOperationException("Unknown source '" + k + "'."))];
}
