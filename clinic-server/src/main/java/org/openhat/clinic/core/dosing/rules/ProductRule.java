package org.openhat.clinic.core.dosing.rules;

import java.util.Optional;
import org.openhat.clinic.core.dosing.DoseContext;
import org.openhat.clinic.core.dosing.Figures;
import org.openhat.clinic.core.dosing.Finding;
import org.openhat.clinic.core.dosing.Rule;
import org.openhat.clinic.core.dosing.RuleId;

/** §7.1: the product drawn up must be the prescribed product (doses on different bases never mix). */
public final class ProductRule implements Rule {

    @Override
    public Optional<Finding> check(DoseContext context) {
        String prescribed = context.prescription().productId();
        String proposed = context.proposed().productId();
        if (prescribed.equals(proposed)) {
            return Optional.empty();
        }
        return Optional.of(Finding.withhold(RuleId.PRODUCT_MATCHES,
                "Do not dose: the product selected is not the prescribed product. Check the ampoule.",
                Figures.of("prescribedProduct", prescribed, "selectedProduct", proposed)));
    }
}
