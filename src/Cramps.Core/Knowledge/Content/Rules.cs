using Cramps.Core.Evaluation;
using static Cramps.Core.Evaluation.Comparison;

namespace Cramps.Core.Knowledge;

/// <summary>Edition 2026.1: risk factors (sections 5a, 5b, 5c) and red flags (section 6), in table order.</summary>
public sealed partial class KnowledgeBase
{
    private List<RiskFactor> BuildRiskFactors(List<MedicineClass> medicineClasses)
    {
        var list = new List<RiskFactor>();
        var electrolytes = Category("electrolyte-disturbance");
        var volume = Category("volume-depletion-heat");
        CauseCategory[] diureticPointsTo = [electrolytes, volume];

        void Factor(string id, string name, string category, EvidenceStrength strength, string sources, RuleTerm term, params CauseCategory[] pointsTo) =>
            list.Add(new RiskFactor(list.Count, id, name, Category(category), strength, Cite(sources), term, pointsTo: pointsTo));

        void Medicine(string id, string name, EvidenceStrength strength, string sources, string[] atc, string[] names, params CauseCategory[] pointsTo)
        {
            var medicines = new MedicineClass(medicineClasses.Count, atc, names);
            medicineClasses.Add(medicines);
            list.Add(new RiskFactor(list.Count, id, name, Category("medication-induced"), strength, Cite(sources), new TakesMedicine(medicines), medicines, pointsTo));
        }

        // 5a. History, conditions and lifestyle
        Factor("older-age", "Older age", "idiopathic-nocturnal", EvidenceStrength.Moderate, "S2 S4 S10b S12",
            new NumberIs(Inputs.AgeYears, AtLeast, Threshold("olderAgeYears")));
        Factor("female-sex", "Female sex", "idiopathic-nocturnal", EvidenceStrength.Weak, "S12 S30",
            new SexIs(Sex.Female));
        Factor("family-history", "Family history of cramps", "idiopathic-nocturnal", EvidenceStrength.Weak, "S12",
            new BoolIs(Inputs.FamilyHistoryOfCramps, true));
        Factor("pregnancy", "Pregnancy", "pregnancy-associated", EvidenceStrength.Strong, "S2 S4 S9 S12",
            new BoolIs(Inputs.Pregnant, true));
        Factor("hemodialysis", "Hemodialysis", "renal-dialysis", EvidenceStrength.Strong, "S1 S2 S12 S35",
            new AnyTerm(HasCondition("hemodialysis"), new DiaryFactIs(DiaryFactKind.DuringDialysis, true)), electrolytes);
        Factor("chronic-kidney-disease", "Chronic kidney disease", "renal-dialysis", EvidenceStrength.Moderate, "S1 S6",
            new AnyTerm(HasCondition("chronic-kidney-disease"), new LabIs(LabTest("egfr"), Below, Threshold("egfrLow"))), electrolytes);
        Factor("cirrhosis", "Liver cirrhosis", "hepatic-cirrhosis", EvidenceStrength.Strong, "S2 S12 S34",
            HasCondition("cirrhosis"));
        Factor("heart-failure", "Heart failure", "cardiovascular", EvidenceStrength.Weak, "S1 S32",
            HasCondition("heart-failure"), electrolytes);
        Factor("peripheral-artery-disease", "Peripheral artery disease", "cardiovascular", EvidenceStrength.Moderate, "S2 S15 S30 S31",
            new AnyTerm(HasCondition("peripheral-artery-disease"), new BoolIs(Inputs.LegPainWithWalkingEasedByRest, true)));
        Factor("venous-insufficiency", "Venous insufficiency", "cardiovascular", EvidenceStrength.Weak, "S4",
            HasCondition("venous-insufficiency"));
        Factor("hypothyroidism", "Underactive thyroid (hypothyroidism)", "endocrine-metabolic", EvidenceStrength.Moderate, "S1 S6 S12 S13",
            new AnyTerm(HasCondition("hypothyroidism"), new LabIs(LabTest("tsh"), Above, Threshold("tshHigh"))));
        Factor("hyperthyroidism", "Overactive thyroid (hyperthyroidism)", "endocrine-metabolic", EvidenceStrength.Weak, "S1 S12",
            new AnyTerm(HasCondition("hyperthyroidism"), new LabIs(LabTest("tsh"), Below, Threshold("tshLow"))));
        Factor("diabetes", "Diabetes", "endocrine-metabolic", EvidenceStrength.Moderate, "S12 S15",
            HasCondition("diabetes"));
        Factor("peripheral-neuropathy", "Peripheral neuropathy", "peripheral-neurogenic", EvidenceStrength.Moderate, "S2 S29",
            new AnyTerm(HasCondition("peripheral-neuropathy"), new BoolIs(Inputs.NumbnessOrTingling, true)));
        Factor("lumbar-stenosis-radiculopathy", "Lumbar spinal stenosis or radiculopathy", "peripheral-neurogenic", EvidenceStrength.Moderate, "S2 S6 S15",
            new AnyTerm(HasCondition("lumbar-stenosis-radiculopathy"), new BoolIs(Inputs.LegPainEasedByBendingForward, true)));
        Factor("motor-neuron-disease", "Motor neuron disease", "motor-neuron-disease", EvidenceStrength.Strong, "S6 S12 S28",
            HasCondition("motor-neuron-disease"));
        Factor("multiple-sclerosis", "Multiple sclerosis", "other-neurologic", EvidenceStrength.Weak, "S1 S12 S38",
            HasCondition("multiple-sclerosis"));
        Factor("myasthenia-gravis", "Myasthenia gravis", "other-neurologic", EvidenceStrength.ExpertOpinion, "S1",
            HasCondition("myasthenia-gravis"));
        Factor("parkinsonism", "Parkinsonism", "other-neurologic", EvidenceStrength.Weak, "S38",
            HasCondition("parkinsonism"));
        Factor("restricted-diet", "Restricted or low-salt diet", "electrolyte-disturbance", EvidenceStrength.ExpertOpinion, "S1 S17 S18",
            new AnyTerm(new BoolIs(Inputs.RestrictedDiet, true), new BoolIs(Inputs.LowSaltDiet, true)));
        Factor("fluid-restriction", "Fluid restriction", "volume-depletion-heat", EvidenceStrength.ExpertOpinion, "S1",
            new BoolIs(Inputs.FluidRestriction, true));
        Factor("fluid-loss-heat", "Fluid loss or heat", "volume-depletion-heat", EvidenceStrength.Moderate, "S13 S15 S17 S18",
            new AnyTerm(
                new BoolIs(Inputs.HeatOrHeavySweating, true),
                new BoolIs(Inputs.RecentVomitingOrDiarrhea, true),
                new EpisodeShows("an episode with setting in-heat", static e => EpisodeShows.WithSetting(e, EpisodeSetting.InHeat), unknownWithoutDiary: false)));
        Factor("home-parenteral-nutrition", "Home parenteral nutrition", "electrolyte-disturbance", EvidenceStrength.Weak, "S12",
            new BoolIs(Inputs.HomeParenteralNutrition, true));
        Factor("repetitive-motion-fatigue", "Muscle fatigue after repetitive motion", "exercise-associated", EvidenceStrength.Moderate, "S1 S6 S12",
            new BoolIs(Inputs.RepetitiveMotionFatigue, true));
        Factor("exercise-related", "Cramps during or after exercise", "exercise-associated", EvidenceStrength.Strong, "S1 S12 S33",
            new DiaryFactIs(DiaryFactKind.AfterExercise, true));
        Factor("high-caffeine", "High caffeine intake", "lifestyle-positional", EvidenceStrength.ExpertOpinion, "S1 S14",
            new CaffeineAtLeast(Threshold("caffeineMgPerDay"), Threshold("caffeineMgPerServing")));
        Factor("heavy-alcohol", "Heavy alcohol use", "lifestyle-positional", EvidenceStrength.Weak, "S13 S16",
            new AnyTerm(
                new NumberIs(Inputs.AlcoholDrinksPerWeek, Above, Threshold("heavyDrinksPerWeekMale")),
                new AllTerm(new SexIs(Sex.Female), new NumberIs(Inputs.AlcoholDrinksPerWeek, Above, Threshold("heavyDrinksPerWeekFemale")))));
        Factor("prolonged-sitting-standing", "Prolonged sitting or standing", "lifestyle-positional", EvidenceStrength.ExpertOpinion, "S13 S15",
            new BoolIs(Inputs.ProlongedSittingOrStanding, true));
        Factor("deconditioning", "No regular exercise or stretching", "lifestyle-positional", EvidenceStrength.Weak, "S13 S15 S29",
            new BoolIs(Inputs.RegularExerciseOrStretching, false));

        // 5b. Medicines (ATC prefix or generic name; diuretics also point to electrolytes and fluid loss)
        Medicine("diuretic-thiazide", "Thiazide or thiazide-like diuretic", EvidenceStrength.Moderate, "S1 S7",
            ["C03A", "C03B", "C03EA"], ["hydrochlorothiazide", "bendroflumethiazide", "chlortalidone", "chlorthalidone", "indapamide", "metolazone"], diureticPointsTo);
        Medicine("diuretic-loop", "Loop diuretic", EvidenceStrength.Weak, "S1 S7",
            ["C03C", "C03EB"], ["furosemide", "bumetanide", "torasemide", "torsemide"], diureticPointsTo);
        Medicine("diuretic-potassium-sparing", "Potassium-sparing diuretic", EvidenceStrength.Moderate, "S1 S7",
            ["C03D", "C03E"], ["spironolactone", "eplerenone", "amiloride", "triamterene"], diureticPointsTo);
        Medicine("statin", "Statin", EvidenceStrength.Weak, "S1 S7 S12",
            ["C10AA", "C10BA", "C10BX"], ["atorvastatin", "simvastatin", "rosuvastatin", "pravastatin", "lovastatin", "fluvastatin", "pitavastatin"]);
        Medicine("long-acting-beta-agonist", "Inhaled long-acting beta-agonist", EvidenceStrength.Moderate, "S7",
            ["R03AC12", "R03AC13", "R03AC18", "R03AC19", "R03AK", "R03AL"], ["salmeterol", "formoterol", "indacaterol", "olodaterol", "vilanterol"]);
        Medicine("short-acting-beta-agonist", "Inhaled short-acting beta-agonist", EvidenceStrength.Weak, "S4",
            ["R03AC02", "R03AC03"], ["salbutamol", "albuterol", "terbutaline"]);
        Medicine("iron-sucrose-iv", "Intravenous iron sucrose", EvidenceStrength.Moderate, "S2",
            ["B03AC"], ["iron sucrose"]);
        Medicine("estrogen", "Estrogen", EvidenceStrength.Moderate, "S2",
            ["G03C"], ["conjugated estrogens", "estradiol"]);
        Medicine("raloxifene", "Raloxifene", EvidenceStrength.Moderate, "S2", ["G03XC01"], ["raloxifene"]);
        Medicine("teriparatide", "Teriparatide", EvidenceStrength.Moderate, "S2", ["H05AA02"], ["teriparatide"]);
        Medicine("naproxen", "Naproxen", EvidenceStrength.Moderate, "S2", ["M01AE02"], ["naproxen"]);
        Medicine("nifedipine", "Nifedipine", EvidenceStrength.Weak, "S4", ["C08CA05"], ["nifedipine"]);
        Medicine("other-cramp-drug", "Other medicine linked to cramps", EvidenceStrength.Weak, "S6 S12",
            ["L01EA01", "C10AB", "H02AB", "N05AN01", "A02BA01"], ["imatinib", "fenofibrate", "gemfibrozil", "prednisone", "prednisolone", "lithium", "cimetidine"]);
        Factor("new-medicine-temporal", "Medicine started shortly before the cramps", "medication-induced", EvidenceStrength.ExpertOpinion, "S13",
            new NewMedicineWithin(Threshold("newMedicineWindowDays")));

        // 5c. Laboratory values (latest result per test)
        Factor("hypokalemia", "Low potassium (hypokalemia)", "electrolyte-disturbance", EvidenceStrength.Moderate, "S1 S2 S20",
            new LabIs(LabTest("potassium"), Below, Threshold("potassiumLow")));
        Factor("hypomagnesemia", "Low magnesium (hypomagnesemia)", "electrolyte-disturbance", EvidenceStrength.Moderate, "S1 S21",
            new LabIs(LabTest("magnesium"), Below, Threshold("magnesiumLow")));
        Factor("hypocalcemia", "Low calcium (hypocalcemia)", "electrolyte-disturbance", EvidenceStrength.Moderate, "S1 S22",
            new AnyTerm(
                new LabIs(LabTest("ionized-calcium"), Below, Threshold("ionizedCalciumLow")),
                new CorrectedCalciumIs(LabTest("calcium"), LabTest("albumin"), Below, Threshold("calciumLow"))));
        Factor("hyponatremia", "Low sodium (hyponatremia)", "electrolyte-disturbance", EvidenceStrength.Weak, "S6 S17",
            new LabIs(LabTest("sodium"), Below, Threshold("sodiumLow")));
        return list;
    }

    private List<RedFlag> BuildRedFlags(int firstIndex)
    {
        var list = new List<RedFlag>();
        void Flag(string id, string name, string category, string sources, params RedFlagLevel[] levels) =>
            list.Add(new RedFlag(firstIndex + list.Count, id, name, Category(category), Cite(sources), levels));
        static RedFlagLevel Level(Urgency urgency, RuleTerm term) => new(urgency, term);

        var potassium = LabTest("potassium");
        var sodium = LabTest("sodium");

        Flag("flag-chest-or-breathing", "Chest pain or trouble breathing", "mimic-not-cramp", "S13 S24",
            Level(Urgency.Emergency, new AnyTerm(
                new BoolIs(Inputs.ChestPainOrBreathlessness, true),
                new EpisodeShows("an episode in chest", static e => EpisodeShows.InMuscles(e, 1 << (int)MuscleRegion.Chest), unknownWithoutDiary: false))));
        Flag("flag-heat-stroke", "Possible heat stroke", "volume-depletion-heat", "S18",
            Level(Urgency.Emergency, new AllTerm(
                new BoolIs(Inputs.ConfusionOrFainting, true),
                new AnyTerm(new BoolIs(Inputs.HighTemperature, true), new RuleIs("fluid-loss-heat")))));
        Flag("flag-rhabdomyolysis", "Possible muscle breakdown (rhabdomyolysis)", "mimic-not-cramp", "S12 S23",
            Level(Urgency.Emergency, new AnyTerm(
                new AllTerm(
                    new BoolIs(Inputs.DarkOrScantUrine, true),
                    new AnyTerm(new BoolIs(Inputs.SevereMusclePainOrSwelling, true), new BoolIs(Inputs.NewWeakness, true))),
                new AllTerm(
                    new LabIs(LabTest("creatine-kinase"), AtLeast, Threshold("ckUpperLimit"), Threshold("ckRhabdoMultiple")),
                    new BoolNotFalse(Inputs.SevereMusclePainOrSwelling)))));
        Flag("flag-severe-potassium", "Dangerous potassium level", "electrolyte-disturbance", "S19 S20",
            Level(Urgency.Emergency, new AnyTerm(
                new LabIs(potassium, Below, Threshold("potassiumEmergency")),
                new LabIs(potassium, Above, Threshold("potassiumHighEmergency")))),
            Level(Urgency.Urgent, new AnyTerm(
                new LabIs(potassium, Below, Threshold("potassiumUrgent")),
                new LabIs(potassium, AtLeast, Threshold("potassiumHighUrgent")))));
        Flag("flag-severe-sodium", "Dangerously low sodium", "electrolyte-disturbance", "S44",
            Level(Urgency.Emergency, new LabIs(sodium, AtMost, Threshold("sodiumEmergency"))),
            Level(Urgency.Urgent, new LabIs(sodium, Below, Threshold("sodiumUrgent"))));
        Flag("flag-tetany", "Signs of tetany", "electrolyte-disturbance", "S22",
            Level(Urgency.Emergency, new BoolIs(Inputs.ThroatTighteningOrSeizure, true)),
            Level(Urgency.Urgent, new AnyTerm(
                new BoolIs(Inputs.HandsOrFeetLockingInSpasm, true),
                new BoolIs(Inputs.TinglingAroundMouth, true))));
        Flag("flag-severe-calcium", "Very low calcium", "electrolyte-disturbance", "S22",
            Level(Urgency.Urgent, new AnyTerm(
                new CorrectedCalciumIs(LabTest("calcium"), LabTest("albumin"), Below, Threshold("calciumUrgent")),
                new LabIs(LabTest("ionized-calcium"), Below, Threshold("ionizedCalciumUrgent")))));
        Flag("flag-leg-clot", "Possible blood clot in the leg", "mimic-not-cramp", "S4 S15 S24",
            Level(Urgency.Emergency, new AllTerm(new BoolIs(Inputs.OneSidedLegSwelling, true), new RuleIs("flag-chest-or-breathing"))),
            Level(Urgency.Urgent, new BoolIs(Inputs.OneSidedLegSwelling, true)));
        Flag("flag-fluid-loss", "Heavy vomiting or diarrhoea", "volume-depletion-heat", "S13",
            Level(Urgency.Urgent, new BoolIs(Inputs.RecentVomitingOrDiarrhea, true)));
        Flag("flag-atypical-site", "Cramps in an unusual place", "motor-neuron-disease", "S12 S13",
            Level(Urgency.Urgent, new EpisodeShows(
                "an episode in abdomen, arm, hand or neck",
                static e => EpisodeShows.InMuscles(e, (1 << (int)MuscleRegion.Abdomen) | (1 << (int)MuscleRegion.Arm) | (1 << (int)MuscleRegion.Hand) | (1 << (int)MuscleRegion.Neck)),
                unknownWithoutDiary: true)));
        Flag("flag-weakness-or-wasting", "Weakness, wasting or twitching", "motor-neuron-disease", "S4 S12 S13 S42",
            Level(Urgency.Urgent, new AnyTerm(
                new BoolIs(Inputs.NewWeakness, true),
                new BoolIs(Inputs.MuscleWasting, true),
                new BoolIs(Inputs.MuscleTwitching, true))));
        Flag("flag-widespread", "Widespread cramps", "motor-neuron-disease", "S12 S28",
            Level(Urgency.Soon, new WidespreadEpisodes(Threshold("widespreadRegions"))));
        Flag("flag-claudication", "Leg pain on walking that eases with rest", "mimic-not-cramp", "S13 S15",
            Level(Urgency.Soon, new BoolIs(Inputs.LegPainWithWalkingEasedByRest, true)));
        Flag("flag-new-medicine", "Cramps soon after starting a medicine", "medication-induced", "S13",
            Level(Urgency.Soon, new RuleIs("new-medicine-temporal")));
        Flag("flag-heavy-alcohol", "Heavy alcohol use", "lifestyle-positional", "S13",
            Level(Urgency.Soon, new RuleIs("heavy-alcohol")));
        Flag("flag-frequent", "Frequent cramps", "idiopathic-nocturnal", "S4 S15",
            Level(Urgency.Routine, new FrequencyAtLeast(Threshold("frequentPerWeek"))));
        Flag("flag-prolonged-or-unrelieved", "Long cramps, or cramps stretching does not stop", "mimic-not-cramp", "S12",
            Level(Urgency.Routine, new AnyTerm(
                new LongestEpisodeAbove(Threshold("prolongedSeconds")),
                new DiaryFactIs(DiaryFactKind.RelievedByStretching, false))));
        Flag("flag-dialysis-cramps", "Cramps during dialysis", "renal-dialysis", "S35",
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
