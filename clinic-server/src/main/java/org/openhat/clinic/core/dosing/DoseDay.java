package org.openhat.clinic.core.dosing;

import java.util.List;

/** The administrations of one clinic date, oldest first. */
public final class DoseDay {

    private final List<Administration> administrations;
    private final Milligrams total;

    DoseDay(List<Administration> administrations) {
        this.administrations = administrations;
        Milligrams sum = Milligrams.ZERO;
        for (Administration administration : administrations) {
            sum = sum.plus(administration.dose());
        }
        this.total = sum;
    }

    public boolean isEmpty() {
        return administrations.isEmpty();
    }

    public int injections() {
        return administrations.size();
    }

    public Milligrams total() {
        return total;
    }

    public Milligrams totalIn(String session) {
        Milligrams sum = Milligrams.ZERO;
        for (Administration administration : administrations) {
            if (administration.session().equals(session)) {
                sum = sum.plus(administration.dose());
            }
        }
        return sum;
    }

    /** Distinct sessions dosed: split and titration portions in one session count once. */
    public int sessionsDosed() {
        return (int) administrations.stream().map(Administration::session).distinct().count();
    }
}
