package org.openhat.clinic.devices;

import java.util.Optional;
import org.openhat.clinic.api.KioskScanView.Person;
import org.openhat.clinic.api.KioskScanView;
import org.openhat.clinic.core.NotFoundException;
import org.openhat.clinic.core.patients.Patient;
import org.openhat.clinic.service.patients.PatientService;
import org.openhat.clinic.service.staff.StaffService;
import org.openhat.devices.scanner.AimId;
import org.openhat.devices.scanner.BadgeScan;
import org.openhat.devices.scanner.ProductScan;
import org.openhat.devices.scanner.ScanEvent;
import org.openhat.devices.scanner.ScanRejected;
import org.openhat.devices.scanner.WristbandScan;

/** Turns a decoded scan into what the kiosk page shows: wristbands become patients, badges staff. */
public final class KioskScans {
    private final PatientService patients;
    private final StaffService staff;

    public KioskScans(PatientService patients, StaffService staff) {
        this.patients = patients;
        this.staff = staff;
    }

    public KioskScanView view(ScanEvent event) {
        String symbology = event.symbology().map(AimId::toString).orElse(null);
        if (event instanceof ProductScan p) {
            return new KioskScanView("PRODUCT", p.receivedAt(), symbology,
                    new KioskScanView.Product(p.gtin().value(), p.batch().orElse(null), p.expiry().orElse(null),
                            p.serial().orElse(null)), null, null, null);
        }
        if (event instanceof WristbandScan w) {
            return patient(w).map(person -> new KioskScanView("WRISTBAND", w.receivedAt(), symbology, null, person,
                    null, null)).orElseGet(() -> rejected(event, symbology, "this wristband belongs to no patient of the clinic"));
        }
        if (event instanceof BadgeScan b) {
            return staff(b).map(person -> new KioskScanView("BADGE", b.receivedAt(), symbology, null, null, person,
                    null)).orElseGet(() -> rejected(event, symbology, "this badge belongs to no member of staff"));
        }
        return rejected(event, symbology, ((ScanRejected) event).reason());
    }

    private Optional<Person> patient(WristbandScan scan) {
        try {
            Patient p = patients.byNhsNumber(scan.nhsNumber());
            return Optional.of(new Person(p.id(), p.givenName() + " " + p.familyName()));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private Optional<Person> staff(BadgeScan scan) {
        return staff.enabledByBadge(scan.staffId()).map(member -> new Person(member.id(), member.displayName()));
    }

    private static KioskScanView rejected(ScanEvent event, String symbology, String reason) {
        return new KioskScanView("REJECTED", event.receivedAt(), symbology, null, null, null, reason);
    }
}
