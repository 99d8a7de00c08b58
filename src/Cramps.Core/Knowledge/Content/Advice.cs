using Cramps.Core.Evaluation;

namespace Cramps.Core.Knowledge;

/// <summary>Edition 2026.2: advice, in table order.</summary>
public sealed partial class KnowledgeBase
{
    private List<AdviceRule> BuildAdvice()
    {
        var list = new List<AdviceRule>();
        void Give(string id, Urgency[] levels, string text, AdviceTerm shownWhen, string sources) =>
            list.Add(new AdviceRule(list.Count, id, text, levels, shownWhen, Cite(sources)));

        Urgency[] emergency = [Urgency.Emergency];
        Urgency[] urgent = [Urgency.Urgent];
        Urgency[] urgentOrEmergency = [Urgency.Urgent, Urgency.Emergency];
        Urgency[] upToSoon = [Urgency.SelfCare, Urgency.Routine, Urgency.Soon];
        Urgency[] allButEmergency = [Urgency.SelfCare, Urgency.Routine, Urgency.Soon, Urgency.Urgent];
        AdviceTerm[] fluidsLimitedByCondition = [new Present("heart-failure"), new Present("chronic-kidney-disease"), new Present("hemodialysis"), new Present("cirrhosis")];

        Give("advice-emergency", emergency,
            "Call emergency services now (911 in the US). Or go to the nearest emergency room.",
            Always.Instance, "S1 S13");
        Give("advice-heat-stroke-first-aid", emergency,
            "While you wait for help, move to a cool place and cool the skin with cool, wet cloths. Do not give anything to drink to someone who is confused or drowsy.",
            new Present("flag-heat-stroke"), "S18");
        Give("advice-urgent", urgent,
            "Contact a doctor or urgent care today.",
            Always.Instance, "S4 S13");
        Give("advice-leg-clot", urgentOrEmergency,
            "Do not rub or massage the swollen leg. Keep it still until it has been checked.",
            new Present("flag-leg-clot"), "S4 S24");
        Give("advice-stretch-during", upToSoon,
            "During a cramp, stretch the muscle gently (for a calf, pull the toes toward the shin), then walk a little.",
            Always.Instance, "S2 S4");
        Give("advice-massage", upToSoon,
            "Rubbing the cramped muscle gently can also help.",
            new AnswerIs(Inputs.OneSidedLegSwelling, false), "S4 S15");
        Give("advice-stretch-bedtime", upToSoon,
            "Stretching the calves and the backs of the thighs before bed may help. Studies disagree on how much.",
            Always.Instance, "S2 S10");
        Give("advice-hydration", upToSoon,
            "Drink during activity and in the heat. Replace salt if you sweat a lot. Do not drink too much.",
            new AllOf(
                new AnyOf(new Present("fluid-loss-heat"), new Present("exercise-related")),
                new Not(new AnswerIs(Inputs.FluidRestriction, true)),
                new Not(new AllOf(new AnswerUnknown(Inputs.FluidRestriction), new AnyOf(fluidsLimitedByCondition)))),
            "S17 S18 S33");
        Give("advice-heat-rest", upToSoon,
            "Stop, rest somewhere cool, and sip water or a sports drink until the cramps pass.",
            new AllOf(new Present("fluid-loss-heat"), new Not(new AnswerIs(Inputs.ConfusionOrFainting, true))), "S18");
        Give("advice-caffeine-alcohol", upToSoon,
            "Cut down on caffeine and alcohol, most of all in the evening.",
            new AnyOf(new Present("high-caffeine"), new Present("heavy-alcohol")), "S13 S14");
        Give("advice-medicine-review", allButEmergency,
            "Ask your prescriber whether a medicine could play a part. Do not stop it on your own.",
            new AnyFactorOf("medication-induced"), "S7 S49");
        Give("advice-quinine-taken", allButEmergency,
            "Tell your doctor that you have taken quinine or tonic water for cramps. Quinine can cause serious bleeding and heart rhythm problems.",
            new AnswerIs(Inputs.UsedQuinineForCramps, true), "S25 S26");
        Give("advice-fluid-restriction", allButEmergency,
            "Keep to the fluid limit your care team set, and tell them about the cramps.",
            new AnyOf(new Present("fluid-restriction"), new Present("hemodialysis")), "S1 S35");
        Give("advice-pregnancy", upToSoon,
            "Mention the cramps at your next pregnancy checkup. Ask before you take any supplements.",
            new Present("pregnancy"), "S9");
        Give("advice-posture", upToSoon,
            "Break up long sitting or standing. Light activity and stretching help.",
            new AnyOf(new Present("prolonged-sitting-standing"), new Present("deconditioning")), "S13 S15");
        Give("advice-follow-up", upToSoon,
            "Follow up with your main doctor, who can ask more questions and examine you.",
            new AnyOf(new UrgencyIs(Urgency.Routine, Urgency.Soon), new Present("flag-frequent")), "S1 S4");
        Give("advice-no-quinine", upToSoon,
            "Do not take quinine (or tonic water) for cramps. It can cause serious blood and heart problems.",
            Always.Instance, "S25 S26");
        Give("advice-magnesium", upToSoon,
            "Magnesium pills are unlikely to help night cramps in older adults.",
            new AllOf(new Present("older-age"), new Not(new AnyFactorOf("electrolyte-disturbance"))), "S8");
        foreach (var advice in list)
        {
            advice.Condition.Bind(this);
        }

        return list;
    }
}
