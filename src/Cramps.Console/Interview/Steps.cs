using Cramps.Core;

namespace Cramps.Cli.Interview;

/// <summary>How the interview asks one knowledge-base question and turns the answers into the request.</summary>
internal abstract class Step
{
    /// <summary>Asks the question (its text is already shown) and records the answers.</summary>
    /// <param name="session">The interview.</param>
    /// <param name="questionId">The question's id.</param>
    /// <returns>Whether the interview goes on: false when the person stopped or an emergency interrupted.</returns>
    public abstract bool Ask(InterviewSession session, string questionId);
}

/// <summary>A yes / no question over one or more yes / no inputs.</summary>
/// <remarks>
/// One input: the answer is the input. Several inputs ("A, B or C?"): "no" sets every unknown one to no; "yes" asks
/// about each unknown one in turn. A safety question (tier 0) takes the safer reading of a "yes" that names nothing:
/// every part not answered "no" is set to yes, so that emergencies still interrupt. A question whose parts are joined
/// by "with" (dark urine with severe muscle pain) asks about each part on "no" too, because "no" only says that not
/// both are present.
/// </remarks>
internal sealed class FlagGroup(bool safety, bool noMeansAllNo, params Flag[] flags) : Step
{
    public override bool Ask(InterviewSession session, string questionId)
    {
        var open = flags.Where(f => f.Get(session.History) is null).ToList();
        if (open.Count == 0)
        {
            return true;
        }

        var reply = session.Answers.YesNo(open.Count == 1 && flags.Length == 1 ? "Your answer" : "Any of these");
        switch (reply)
        {
            case Reply.Stop:
                return false;
            case Reply.Skip:
                return true;
            case Reply.No when open.Count == 1 || noMeansAllNo:
                return session.Apply(h => open.Aggregate(h, (acc, f) => f.Set(acc, false)));
            case Reply.Yes when open.Count == 1:
                return session.Apply(h => open[0].Set(h, true));
        }

        return AskEach(session, open, reply == Reply.Yes);
    }

    private bool AskEach(InterviewSession session, List<Flag> open, bool saidYes)
    {
        session.Answers.Say(saidYes ? "  Which of these? One at a time:" : "  To be sure, one at a time:");
        var named = false;
        var denied = new HashSet<Flag>();
        var goOn = true;
        foreach (var flag in open)
        {
            var reply = session.Answers.YesNo("  - " + Capitalise(flag.Label) + "?");
            if (reply == Reply.Stop)
            {
                goOn = false;
                break;
            }

            if (reply is Reply.Yes or Reply.No)
            {
                named |= reply == Reply.Yes;
                if (reply == Reply.No)
                {
                    denied.Add(flag);
                }

                if (!session.Apply(h => flag.Set(h, reply == Reply.Yes)))
                {
                    return false;
                }
            }
        }

        if (saidYes && safety && !named)
        {
            var assumed = open.Where(f => !denied.Contains(f) && f.Get(session.History) is null).ToList();
            if (assumed.Count > 0)
            {
                session.Answers.Say("  You said yes without saying which, so to be safe the interview counts: " + string.Join("; ", assumed.Select(f => f.Label)) + ".");
                return session.Apply(h => assumed.Aggregate(h, (acc, f) => f.Set(acc, true))) && goOn;
            }
        }

        return goOn;
    }

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}

/// <summary>A question asked as a short form: each unknown part in turn, a number, a choice or a yes / no.</summary>
internal sealed class Form(params object[] parts) : Step
{
    public override bool Ask(InterviewSession session, string questionId)
    {
        foreach (var part in parts)
        {
            var goOn = part switch
            {
                Amount amount => AskAmount(session, amount),
                Flag flag => AskFlag(session, flag),
                SexChoice => AskSex(session),
                _ => true,
            };
            if (!goOn)
            {
                return false;
            }
        }

        return true;
    }

    private static bool AskAmount(InterviewSession session, Amount amount)
    {
        if (amount.Get(session.History) is not null)
        {
            return true;
        }

        var (reply, value, _) = session.Answers.Quantity("  " + amount.Label, amount.Range, []);
        return reply switch
        {
            Reply.Stop => false,
            Reply.Yes => session.Apply(h => amount.Set(h, value)),
            Reply.No when amount.NoMeansZero => session.Apply(h => amount.Set(h, 0)),
            _ => true,
        };
    }

    private static bool AskFlag(InterviewSession session, Flag flag)
    {
        if (flag.Get(session.History) is not null)
        {
            return true;
        }

        var reply = session.Answers.YesNo("  " + flag.Label);
        return reply switch
        {
            Reply.Stop => false,
            Reply.Yes or Reply.No => session.Apply(h => flag.Set(h, reply == Reply.Yes)),
            _ => true,
        };
    }

    private static bool AskSex(InterviewSession session)
    {
        if (session.History.Sex is not null and not Sex.Unknown)
        {
            return true;
        }

        var (reply, index) = session.Answers.Choice("  What is your sex?", ["female", "male", "other"]);
        return reply switch
        {
            Reply.Stop => false,
            Reply.Yes => session.Apply(h => h with { Sex = index switch { 0 => Sex.Female, 1 => Sex.Male, _ => Sex.Other } }),
            _ => true,
        };
    }
}

/// <summary>The sex part of a form.</summary>
internal sealed class SexChoice;

/// <summary>How much caffeine a day: cups or servings, or milligrams.</summary>
internal sealed class Caffeine : Step
{
    private static readonly NumberRange Range = new(0, RequestLimits.MaxIntakeQuantity, false);

    public override bool Ask(InterviewSession session, string questionId)
    {
        var (reply, value, unit) = session.Answers.Quantity("  Cups or servings a day (coffee, tea, cola, energy drinks)", Range, ["servings", "mg"]);
        return reply switch
        {
            Reply.Stop => false,
            Reply.No => session.Apply(h => h with { Lifestyle = h.Lifestyle with { CaffeineServingsPerDay = 0 } }),
            Reply.Yes when unit == "mg" => session.Apply(h => h with { Lifestyle = h.Lifestyle with { CaffeineMgPerDay = value } }),
            Reply.Yes => session.Apply(h => h with { Lifestyle = h.Lifestyle with { CaffeineServingsPerDay = value } }),
            _ => true,
        };
    }
}

/// <summary>One of the two questions over the conditions list: "no" answers this question only, "yes" asks which.</summary>
internal sealed class ConditionGroup(params (string Label, ConditionId Id)[] parts) : Step
{
    public override bool Ask(InterviewSession session, string questionId)
    {
        var list = session.Conditions;
        var reply = session.Answers.YesNo("Any of these");
        if (reply == Reply.No)
        {
            list.Answered(questionId);
            return session.Check();
        }

        if (reply != Reply.Yes)
        {
            return reply != Reply.Stop;
        }

        session.Answers.Say("  Which of these? One at a time:");
        var complete = true;
        foreach (var (label, id) in parts)
        {
            if (list.Items.Any(c => string.Equals(c.Id, id.Value, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var part = session.Answers.YesNo("  - " + label + "?");
            if (part == Reply.Stop)
            {
                return false;
            }

            complete &= part != Reply.Skip;
            if (part == Reply.Yes && list.Items.Count < RequestLimits.MaxConditions)
            {
                list.Items.Add(new Condition(id));
                if (!session.Check())
                {
                    return false;
                }
            }
        }

        if (complete)
        {
            list.Answered(questionId);
        }

        return session.Check();
    }
}

/// <summary><c>q-diuretic-statin</c>: "no" answers this question only; "yes" asks for the names.</summary>
internal sealed class DiureticStatin : Step
{
    public override bool Ask(InterviewSession session, string questionId)
    {
        var reply = session.Answers.YesNo("Your answer");
        if (reply == Reply.No)
        {
            session.Medications.Answered(questionId);
            return session.Check();
        }

        if (reply != Reply.Yes)
        {
            return reply != Reply.Stop;
        }

        var (names, complete) = Medicines.AskNames(session, "  Which? Their generic names, for example hydrochlorothiazide, furosemide, atorvastatin");
        if (names == Reply.Stop)
        {
            return false;
        }

        if (complete)
        {
            session.Medications.Answered(questionId);
        }

        return session.Check();
    }
}

/// <summary><c>q-all-medicines</c>: the names of every medicine, then when each one without a date was started.</summary>
internal sealed class Medicines : Step
{
    public override bool Ask(InterviewSession session, string questionId)
    {
        var list = session.Medications;
        var prompt = list.Items.Count == 0
            ? "  Their generic names (none if you take no medicines)"
            : "  Any others besides " + string.Join(", ", list.Items.Select(Name)) + "? Their generic names, or none";
        var (reply, complete) = AskNames(session, prompt);
        if (reply == Reply.Stop)
        {
            return false;
        }

        if (complete)
        {
            list.Answered(questionId);
        }

        if (!session.Check())
        {
            return false;
        }

        for (var i = 0; i < list.Items.Count; i++)
        {
            var medicine = list.Items[i];
            if (medicine.StartedOn is not null)
            {
                continue;
            }

            var (dateReply, date) = session.Answers.Date("  When did you start " + Name(medicine) + "?", session.AsOf);
            if (dateReply == Reply.Stop)
            {
                return false;
            }

            if (dateReply == Reply.Yes)
            {
                list.Items[i] = medicine with { StartedOn = date };
                if (!session.Check())
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Asks for medicine names and adds the new ones to the list.</summary>
    /// <param name="session">The interview.</param>
    /// <param name="prompt">The prompt.</param>
    /// <returns>The reply, and whether the question was answered in full (names or none, not skipped).</returns>
    public static (Reply Reply, bool Complete) AskNames(InterviewSession session, string prompt)
    {
        var (reply, names) = session.Answers.Names(prompt, RequestLimits.MaxTextLength);
        var list = session.Medications.Items;
        foreach (var name in names)
        {
            if (list.Count < RequestLimits.MaxMedications && !list.Any(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                list.Add(new Medication(name));
            }
        }

        return (reply, reply is Reply.Yes or Reply.No);
    }

    private static string Name(Medication medicine) => medicine.Name ?? medicine.Code ?? "that medicine";
}

/// <summary><c>q-lab-results</c>: "no" means no results; "yes" asks for each test's latest value.</summary>
internal sealed class LabResults(params (LabTestId Test, string Label)[] tests) : Step
{
    public override bool Ask(InterviewSession session, string questionId)
    {
        var reply = session.Answers.YesNo("Your answer");
        switch (reply)
        {
            case Reply.Stop:
                return false;
            case Reply.No:
                return session.Apply(h => h with { Labs = h.Labs ?? [] });
            case Reply.Skip:
                return true;
        }

        var range = new NumberRange(0, RequestLimits.MaxLabValue, false);
        foreach (var (test, label) in tests)
        {
            var units = Cramps.Core.Knowledge.KnowledgeBase.Default.FindLabTest(test).AcceptedUnits.Select(u => u.Unit).ToList();
            var (value, amount, unit) = session.Answers.Quantity("  " + label + " (your latest result)", range, units);
            if (value == Reply.Stop)
            {
                return false;
            }

            if (value == Reply.Yes && (session.History.Labs?.Count ?? 0) < RequestLimits.MaxLabs
                && !session.Apply(h => h with { Labs = [.. h.Labs ?? [], new LabResult(test, amount, unit!)] }))
            {
                return false;
            }
        }

        return true;
    }
}
