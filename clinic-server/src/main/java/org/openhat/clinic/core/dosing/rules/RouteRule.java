package org.openhat.clinic.core.dosing.rules;

import java.util.Optional;
import org.openhat.clinic.core.dosing.DoseContext;
import org.openhat.clinic.core.dosing.Figures;
import org.openhat.clinic.core.dosing.Finding;
import org.openhat.clinic.core.dosing.Route;
import org.openhat.clinic.core.dosing.Rule;
import org.openhat.clinic.core.dosing.RuleId;

/** §7.6 allowed_routes: the route must be on the prescription and allowed by the clinic. */
public final class RouteRule implements Rule {

    @Override
    public Optional<Finding> check(DoseContext context) {
        Route route = context.proposed().route();
        boolean prescribed = context.prescription().allowedRoutes().contains(route);
        boolean clinicAllows = context.parameters().allowedRoutes().contains(route);
        if (prescribed && clinicAllows) {
            return Optional.empty();
        }
        return Optional.of(Finding.withhold(RuleId.ROUTE_ALLOWED,
                "Do not dose by " + route + ": " + (prescribed ? "this clinic does not allow that route"
                        : "the prescription does not allow that route") + ".",
                Figures.of("route", route,
                        "prescribedRoutes", context.prescription().allowedRoutes(),
                        "clinicRoutes", context.parameters().allowedRoutes())));
    }
}
