package org.openhat.clinic.core.dosing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openhat.clinic.core.dosing.rules.StandardRules;

/**
 * The dose-safety check: one pure, deterministic function from the facts about a proposed dose to
 * a verdict. It reads no clock, database or configuration of its own.
 *
 * <p>Fails closed: a missing or contradictory input, or a rule that throws, can only ever produce
 * WITHHOLD (or worse), with a finding telling the nurse not to administer and why. A rule that
 * throws does not silence the others: their findings are kept, and the worst verdict still wins.
 */
public final class DoseSafetyCheck {

    private final DosingParameters parameters;
    private final List<Rule> rules;

    public DoseSafetyCheck(DosingParameters parameters) {
        this(parameters, StandardRules.all());
    }

    /** For tests and for clinics that add rules; the standard set is {@link StandardRules#all()}. */
    public DoseSafetyCheck(DosingParameters parameters, List<Rule> rules) {
        this.parameters = parameters;
        this.rules = List.copyOf(rules);
    }

    public DoseCheckOutcome evaluate(PatientSnapshot snapshot, ProposedDose proposed, PreDoseAssessment assessment,
            Instant at) {
        try {
            List<String> problems = SnapshotCheck.problems(snapshot, proposed, assessment, at);
            if (!problems.isEmpty()) {
                return DoseCheckOutcome.failClosed(RuleId.SNAPSHOT_INCONSISTENT, String.join("; ", problems));
            }
            return judge(DoseContext.of(snapshot, proposed, assessment, at, parameters));
        } catch (RuntimeException e) {
            return DoseCheckOutcome.failClosed(RuleId.ENGINE_FAULT, describe(e));
        }
    }

    private DoseCheckOutcome judge(DoseContext context) {
        List<Optional<Finding>> byRule = new ArrayList<>();
        for (Rule rule : rules) {
            byRule.add(rule.describesTheDoseGiven() ? Optional.empty() : run(rule, context));
        }
        DoseCheckOutcome verdict = combine(context, flatten(byRule));
        // Now the dose that may be given is known, the rules that describe it speak of that dose.
        DoseContext judged = context.once(verdict.maxAllowed());
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            if (rule.describesTheDoseGiven()) {
                byRule.set(i, run(rule, judged).filter(f -> advisoryOnly(rule, f)));
            }
        }
        return combine(context, flatten(byRule));
    }

    private static Optional<Finding> run(Rule rule, DoseContext context) {
        if (rule.needsPrescription() && context.prescription() == null) {
            return Optional.empty();
        }
        try {
            return rule.check(context);
        } catch (RuntimeException e) {
            return Optional.of(DoseCheckOutcome.failClosed(RuleId.ENGINE_FAULT,
                    rule.getClass().getSimpleName() + " failed: " + describe(e)).findings().get(0));
        }
    }

    /** A describing rule that tried to change the verdict is a fault in the rule: fail closed. */
    private static boolean advisoryOnly(Rule rule, Finding finding) {
        if (finding.isAdvisory() || finding.rule() == RuleId.ENGINE_FAULT) {
            return true;
        }
        throw new IllegalStateException(rule.getClass().getSimpleName() + " describes the dose but gave a verdict");
    }

    private static List<Finding> flatten(List<Optional<Finding>> byRule) {
        return byRule.stream().flatMap(Optional::stream).toList();
    }

    private static DoseCheckOutcome combine(DoseContext context, List<Finding> findings) {
        boolean blocked = findings.stream().anyMatch(f -> f.verdict().blocksDose());
        int observation = blocked ? 0 : ObservationPolicy.minutesFor(context);
        return DoseCheckOutcome.combine(context.proposedDose(), findings, observation);
    }

    private static String describe(RuntimeException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
