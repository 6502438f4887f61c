package org.openhat.clinic.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openhat.clinic.core.dosing.DosingParameters;
import org.openhat.clinic.core.dosing.Milligrams;
import org.openhat.clinic.core.dosing.Route;
import org.openhat.clinic.core.patients.NewPatient;
import org.openhat.clinic.core.patients.PatientStatus;
import org.openhat.clinic.core.prescribers.Prescriber;
import org.openhat.clinic.core.prescriptions.NewPrescription;
import org.openhat.clinic.core.products.Product;
import org.openhat.clinic.core.register.Receipt;
import org.openhat.clinic.core.schedule.ClinicCalendar;
import org.openhat.clinic.core.staff.NewStaffMember;
import org.openhat.clinic.core.staff.Role;
import org.openhat.clinic.core.staff.SecretHasher;
import org.openhat.clinic.core.staff.StaffMember;
import org.openhat.clinic.db.Transactor;
import org.openhat.clinic.service.patients.PatientService;
import org.openhat.clinic.service.prescribers.PrescriberService;
import org.openhat.clinic.service.prescriptions.PrescriptionService;
import org.openhat.clinic.service.products.ProductService;
import org.openhat.clinic.service.register.RegisterService;
import org.openhat.clinic.service.staff.StaffService;
import org.openhat.clinic.service.stations.StationService;
import org.openhat.devices.ids.Gtin;
import org.openhat.devices.ids.NhsNumber;

/**
 * A believable small clinic for demonstrations and tests: fifteen patients, a team of staff with
 * every role, a licensed prescriber who has prescribed twice-daily maintenance doses for everyone,
 * 100 mg and 500 mg ampoules and two kiosks. NHS numbers come
 * from the 999 range, which the NHS never issues to real people.
 */
public final class DemoClinic {
    public static final String DEMO_PASSWORD = "openhat-demo-2026";

    /** username, display name, roles, badge, PIN. */
    public static final List<DemoStaff> STAFF = List.of(
            new DemoStaff("admin", "Alex Admin", Set.of(Role.ADMIN), null, null),
            new DemoStaff("nurse.amara", "Amara Okoye RN", Set.of(Role.NURSE), "N0042", "4242"),
            new DemoStaff("nurse.ben", "Ben Carter RN", Set.of(Role.NURSE), "N0107", "1077"),
            new DemoStaff("nurse.chloe", "Chloe Davies RN", Set.of(Role.NURSE), "N0150", "1500"),
            new DemoStaff("dr.patel", "Dr Priya Patel", Set.of(Role.PRESCRIBER), "D0007", "7007"),
            new DemoStaff("pharm.okafor", "Tunde Okafor MRPharmS", Set.of(Role.PHARMACIST), "P0001", "2468"),
            new DemoStaff("coord.jones", "Sam Jones", Set.of(Role.COORDINATOR), null, null),
            new DemoStaff("inspector.reid", "Morag Reid", Set.of(Role.INSPECTOR), null, null));

    private static final String[][] PATIENTS = {
            {"Daniel", "Hughes", "1979-03-14", "12 Linthorpe Road, Middlesbrough", "TS1 3QY"},
            {"Karen", "Walsh", "1983-07-02", "Flat 4, 88 Borough Road, Middlesbrough", "TS1 2HJ"},
            {"Michael", "O'Neill", "1975-11-23", "3 Marton Road, Middlesbrough", "TS4 2ND"},
            {"Lisa", "Bennett", "1986-01-30", "27 Parliament Road, Middlesbrough", "TS1 4JW"},
            {"Craig", "Robson", "1981-05-09", "Hostel, 5 Grange Road, Middlesbrough", "TS1 5AU"},
            {"Joanne", "Pearson", "1977-09-17", "41 Union Street, Middlesbrough", "TS1 4EE"},
            {"Steven", "Harker", "1972-12-05", "9 Abingdon Road, Middlesbrough", "TS1 3JR"},
            {"Nicola", "Graham", "1988-04-21", "Flat 2, 16 Southfield Road, Middlesbrough", "TS1 3EX"},
            {"Paul", "Metcalfe", "1974-06-11", "60 Waterloo Road, Middlesbrough", "TS1 3JB"},
            {"Gemma", "Atkinson", "1990-02-08", "22 Woodlands Road, Middlesbrough", "TS1 3BE"},
            {"Lee", "Storey", "1980-10-29", "7 Ayresome Street, Middlesbrough", "TS1 4PA"},
            {"Rachel", "Bell", "1984-08-16", "35 Clarendon Road, Middlesbrough", "TS1 3HF"},
            {"Darren", "Kirk", "1976-03-03", "14 Newport Road, Middlesbrough", "TS1 5JF"},
            {"Amy", "Chapman", "1987-12-19", "Flat 9, 2 Albert Road, Middlesbrough", "TS1 1PR"},
            {"Wayne", "Dixon", "1973-07-27", "51 Princes Road, Middlesbrough", "TS1 4BE"},
    };

    private DemoClinic() {
    }

    public record DemoStaff(String username, String displayName, Set<Role> roles, String badge, String pin) {
    }

    /** A demo patient's particulars; the NHS number is from the never-issued 999 range. */
    public record DemoPatient(NhsNumber nhsNumber, String givenName, String familyName, LocalDate dateOfBirth,
                              String address, String postcode) {
        NewPatient referral() {
            return new NewPatient(nhsNumber, givenName, familyName, dateOfBirth, address, postcode, PatientStatus.ACTIVE);
        }

        public String name() {
            return givenName + " " + familyName;
        }
    }

    /** The fifteen demo patients, in the order they were seeded. */
    public static List<DemoPatient> patients() {
        return DEMO_PATIENTS;
    }

    private static final List<DemoPatient> DEMO_PATIENTS = particulars();

    private static List<DemoPatient> particulars() {
        List<NhsNumber> numbers = demoNhsNumbers(PATIENTS.length);
        List<DemoPatient> patients = new ArrayList<>();
        for (int i = 0; i < PATIENTS.length; i++) {
            String[] p = PATIENTS[i];
            patients.add(new DemoPatient(numbers.get(i), p[0], p[1], LocalDate.parse(p[2]), p[3], p[4]));
        }
        return List.copyOf(patients);
    }

    /**
     * A maintenance dose between 100 and 240 mg per session, as in the English HAT services: the
     * {@code index}-th demo patient's.
     */
    static Milligrams maintenanceDose(int index) {
        return Milligrams.of(100 + 10L * (index % 15));
    }

    /** Fills an empty database. Returns the admin who "did" it, so every row is attributable. */
    public static StaffMember seed(Transactor transactor, Clock clock, String premises) {
        StaffMember admin = seedPremises(transactor, clock, premises);
        long by = admin.id();
        LocalDate today = LocalDate.now(clock.withZone(org.openhat.clinic.core.ClinicTime.ZONE));
        StaffService staff = new StaffService(transactor, new SecretHasher(), clock);
        ProductService products = new ProductService(transactor, clock);
        stockTheSafe(transactor, clock, premises, staff, products, today);
        long doctor = byUsername(staff, "dr.patel");
        PatientService patients = new PatientService(transactor, clock);
        PrescriptionService prescriptions = new PrescriptionService(transactor, DosingParameters.defaults(),
                ClinicCalendar.defaults(), premises, clock);
        long product100 = products.all().get(0).id();
        List<DemoPatient> demoPatients = patients();
        for (int i = 0; i < demoPatients.size(); i++) {
            long patientId = patients.create(demoPatients.get(i).referral(), by).id();
            Milligrams dose = maintenanceDose(i);
            prescriptions.prescribe(new NewPrescription(patientId, product100, Set.of(Route.IV, Route.IM),
                    Map.of("AM", dose, "PM", dose), 2, today.minusDays(1), null,
                    i % 3 == 0 ? Milligrams.of(30) : null, false, null, "Demo maintenance prescription"), doctor);
        }
        return admin;
    }

    /**
     * Everything but patients and stock: the staff, the licensed prescriber, the two products with
     * their register pages, and the two kiosks. Returns the admin who "did" it.
     */
    static StaffMember seedPremises(Transactor transactor, Clock clock, String premises) {
        StaffService staff = new StaffService(transactor, new SecretHasher(), clock);
        StaffMember admin = null;
        for (DemoStaff s : STAFF) {
            StaffMember created = staff.create(new NewStaffMember(s.username(), s.displayName(), s.roles(),
                    DEMO_PASSWORD, s.badge(), s.pin()), admin == null ? null : admin.id());
            admin = admin == null ? created : admin;
        }
        long by = admin.id();
        LocalDate today = LocalDate.now(clock.withZone(org.openhat.clinic.core.ClinicTime.ZONE));
        long doctor = byUsername(staff, "dr.patel");
        new PrescriberService(transactor, clock).create(new Prescriber(0, doctor, "Dr Priya Patel", "7123456",
                true, "HO-ADD-0042", premises, today.plusYears(1)), by);
        ProductService products = new ProductService(transactor, clock);
        products.create(Gtin.of(GTIN_100), "Diamorphine hydrochloride 100 mg powder for solution for injection",
                100, "powder for injection, ampoule", "diamorphine hydrochloride", by);
        products.create(Gtin.of(GTIN_500), "Diamorphine hydrochloride 500 mg powder for solution for injection",
                500, "powder for injection, ampoule", "diamorphine hydrochloride", by);
        RegisterService register = new RegisterService(transactor, clock, premises);
        long pharmacist = byUsername(staff, "pharm.okafor");
        for (Product product : products.all()) {
            register.openLedger(product.id(), pharmacist);
        }
        StationService stations = new StationService(transactor, clock);
        stations.create("KIOSK-1", "Dispensing kiosk 1", "Injecting room, bay 1", by);
        stations.create("KIOSK-2", "Dispensing kiosk 2", "Injecting room, bay 2", by);
        return admin;
    }

    /** The GTINs on the demo ampoule packs (made-up company prefix 5012345). */
    public static final String GTIN_100 = "05012345678900";
    public static final String GTIN_500 = "05012345678917";

    /** Batch numbers on the demo ampoules: scan or type these at the kiosk. */
    public static final String BATCH_100 = "DM100-26A117";
    public static final String BATCH_500 = "DM500-26B042";

    /** A register page per product, and a delivery of each received by the pharmacist with a nurse. */
    private static void stockTheSafe(Transactor transactor, Clock clock, String premises, StaffService staff,
                                     ProductService products, LocalDate today) {
        long pharmacist = byUsername(staff, "pharm.okafor");
        long nurse = byUsername(staff, "nurse.amara");
        RegisterService register = new RegisterService(transactor, clock, premises);
        for (Product product : products.all()) {
            long ledger = transactor.read(tx -> register.ledgerForProduct(tx, product.id())).id();
            boolean small = product.mgPerAmpoule() == 100;
            register.record(ledger, new Receipt(clock.instant(), "Alliance Healthcare (Distribution) Ltd",
                    "Unit 2, Teesside Industrial Estate, Stockton-on-Tees TS17 9JX", small ? 500 : 50,
                    small ? "INV-2611-0042" : "INV-2611-0043", small ? BATCH_100 : BATCH_500, today.plusMonths(18),
                    nurse, null, null), pharmacist);
        }
    }

    static long byUsername(StaffService staff, String username) {
        return staff.all().stream().filter(s -> s.username().equals(username)).findFirst().orElseThrow().id();
    }

    /** Valid NHS numbers from the never-issued 999 range. */
    public static List<NhsNumber> demoNhsNumbers(int count) {
        List<NhsNumber> numbers = new ArrayList<>();
        for (int n = 1; numbers.size() < count; n++) {
            for (int check = 0; check <= 9; check++) {
                String candidate = String.format("999%06d%d", n, check);
                if (NhsNumber.isValid(candidate)) {
                    numbers.add(NhsNumber.of(candidate));
                }
            }
        }
        return numbers;
    }
}
