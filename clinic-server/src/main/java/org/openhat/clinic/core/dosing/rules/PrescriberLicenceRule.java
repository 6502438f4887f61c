package org.openhat.clinic.core.dosing.rules;

import java.util.Optional;
import org.openhat.clinic.core.dosing.DoseContext;
import org.openhat.clinic.core.dosing.Figures;
import org.openhat.clinic.core.dosing.Finding;
import org.openhat.clinic.core.dosing.HomeOfficeLicence;
import org.openhat.clinic.core.dosing.Prescriber;
import org.openhat.clinic.core.dosing.Rule;
import org.openhat.clinic.core.dosing.RuleId;

/**
 * §7.1 prescriber_home_office_licence_required: the prescriber needs a Home Office addiction licence
 * for these premises, unexpired on the clinic date (licences are per doctor and per premises, §3.5).
 */
public final class PrescriberLicenceRule implements Rule {

    @Override
    public Optional<Finding> check(DoseContext context) {
        Prescriber prescriber = context.prescription().prescriber();
        HomeOfficeLicence licence = prescriber.licence();
        String premises = context.snapshot().clinicPremisesId();
        String problem;
        if (licence == null) {
            problem = "holds no Home Office licence to prescribe diamorphine for addiction";
        } else if (!premises.equals(licence.premisesId())) {
            problem = "has a Home Office licence for other premises (" + licence.premisesId() + ")";
        } else if (licence.expiresOn() == null || licence.expiresOn().isBefore(context.clinicDate())) {
            problem = "has a Home Office licence that has expired or has no expiry date recorded";
        } else {
            return Optional.empty();
        }
        return Optional.of(Finding.refer(RuleId.PRESCRIBER_LICENCE,
                "Do not dose: the prescriber " + prescriber.name() + " " + problem + ". Ask a licensed prescriber.",
                Figures.of("prescriber", prescriber.id(),
                        "licence", licence == null ? "none" : licence.number(),
                        "licencePremises", licence == null ? "none" : licence.premisesId(),
                        "licenceExpiresOn", licence == null ? "none" : licence.expiresOn(),
                        "clinicPremises", premises,
                        "clinicDate", context.clinicDate())));
    }
}
