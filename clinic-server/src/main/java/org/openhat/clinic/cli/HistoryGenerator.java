package org.openhat.clinic.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.openhat.clinic.core.ClinicTime;
import org.openhat.clinic.db.PatientDao;
import org.openhat.clinic.db.PrescriptionDao;
import org.openhat.devices.ids.NhsNumber;

/**
 * Writes invented years of twice-daily supervised doses (AM 09:00, PM 16:00 London time, the full
 * prescribed dose, given by nurse.amara, witnessed by nurse.ben at KIOSK-1) for every demo patient,
 * and for {@code multiplier > 1} for 15 × (multiplier − 1) invented patients with their own
 * prescriptions starting when their history does, so the administration table holds
 * {@code multiplier} times the demo clinic's history. Run it once, on a demo clinic freshly seeded
 * with {@code seed-demo --without-history} (the living demo already has doses on those dates).
 *
 * <p>The demo patients' prescriptions start yesterday, so most of their invented doses predate
 * them: the dose check only reads doses as history, so that is harmless for a benchmark.
 */
final class HistoryGenerator {
    private static final ZoneId LONDON = ClinicTime.ZONE;
    private static final LocalTime AM = LocalTime.of(9, 0);
    private static final LocalTime PM = LocalTime.of(16, 0);
    private static final int OBSERVATION_MINUTES = 30;
    /** About 100,000 rows per transaction: large enough to be fast, small enough for the WAL. */
    private static final int ROWS_PER_TRANSACTION = 100_000;
    private static final String INSERT = """
            INSERT INTO administration (patient_id, prescription_version_id, product_id, clinic_date, session_name,
                dose_number, route, injection_site, prescribed_mcg, drawn_mcg, given_mcg, reduction_reason, verdict,
                findings, assessment, nurse_id, witness_id, station_id, given_at, observation_minutes, observe_until)
            VALUES (?, ?, ?, ?, ?, 1, 'IV', 'left antecubital fossa', ?, ?, ?, NULL, 'ALLOW', '[]', '{}', ?, ?, ?, ?, ?, ?)""";

    private final Jdbi jdbi;

    HistoryGenerator(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    record Summary(int patients, long administrations, LocalDate from, LocalDate to) {
    }

    /** What one patient's invented doses are written against. */
    record Dosed(long patientId, long prescriptionVersionId, long productId, long amMcg, long pmMcg) {
    }

    private record Team(long nurseId, long witnessId, long stationId, long adminId) {
    }

    /** Doses on every clinic date of the {@code years} years ending {@code to}. */
    Summary generate(int years, int multiplier, LocalDate to) {
        LocalDate from = to.minusYears(years).plusDays(1);
        Team team = jdbi.withHandle(HistoryGenerator::team);
        List<Dosed> patients = new ArrayList<>(jdbi.withHandle(HistoryGenerator::demoPatients));
        if (patients.isEmpty()) {
            throw new IllegalStateException("seed-history needs a demo clinic: run seed-demo --without-history first");
        }
        patients.addAll(jdbi.inTransaction(h -> inventPatients(h, patients, multiplier, from, team)));
        long written = 0;
        long pending = 0;
        List<Dosed> chunk = new ArrayList<>();
        long rowsPerPatient = 2L * (to.toEpochDay() - from.toEpochDay() + 1);
        for (Dosed patient : patients) {
            chunk.add(patient);
            pending += rowsPerPatient;
            if (pending >= ROWS_PER_TRANSACTION) {
                written += writeChunk(chunk, from, to, team);
                chunk.clear();
                pending = 0;
            }
        }
        written += writeChunk(chunk, from, to, team);
        return new Summary(patients.size(), written, from, to);
    }

    private long writeChunk(List<Dosed> chunk, LocalDate from, LocalDate to, Team team) {
        if (chunk.isEmpty()) {
            return 0;
        }
        return jdbi.inTransaction(h -> {
            long rows = 0;
            for (Dosed patient : chunk) {
                rows += writeDoses(h, patient, from, to, team);
            }
            return rows;
        });
    }

    private static long writeDoses(Handle h, Dosed p, LocalDate from, LocalDate to, Team team) {
        PreparedBatch batch = h.prepareBatch(INSERT);
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            add(batch, p, day, "AM", AM, p.amMcg(), team);
            add(batch, p, day, "PM", PM, p.pmMcg(), team);
        }
        int[] counts = batch.execute();
        return counts.length;
    }

    private static void add(PreparedBatch batch, Dosed p, LocalDate day, String session, LocalTime time, long mcg,
                            Team team) {
        long givenAt = day.atTime(time).atZone(LONDON).toInstant().toEpochMilli();
        batch.add(p.patientId(), p.prescriptionVersionId(), p.productId(), day.toString(), session, mcg, mcg, mcg,
                team.nurseId(), team.witnessId(), team.stationId(), givenAt, OBSERVATION_MINUTES,
                givenAt + OBSERVATION_MINUTES * 60_000L);
    }

    private static Team team(Handle h) {
        return new Team(staffId(h, "nurse.amara"), staffId(h, "nurse.ben"),
                h.createQuery("SELECT id FROM kiosk_station WHERE code = 'KIOSK-1'").mapTo(Long.class).one(),
                staffId(h, "admin"));
    }

    private static long staffId(Handle h, String username) {
        return h.createQuery("SELECT id FROM staff WHERE username = :u").bind("u", username).mapTo(Long.class).one();
    }

    /** Each demo patient's latest prescription version and its AM and PM doses. */
    private static List<Dosed> demoPatients(Handle h) {
        return h.createQuery("""
                SELECT v.patient_id, v.id, v.product_id,
                       (SELECT dose_mcg FROM prescription_dose WHERE prescription_version_id = v.id AND session_name = 'AM'),
                       (SELECT dose_mcg FROM prescription_dose WHERE prescription_version_id = v.id AND session_name = 'PM')
                FROM prescription_version v
                WHERE v.version = (SELECT MAX(version) FROM prescription_version WHERE patient_id = v.patient_id)
                ORDER BY v.patient_id""")
                .map((rs, ctx) -> new Dosed(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .list();
    }

    /** 15 × (multiplier − 1) invented patients, each copying a demo patient's prescription from {@code from}. */
    private static List<Dosed> inventPatients(Handle h, List<Dosed> demo, int multiplier, LocalDate from, Team team) {
        int count = demo.size() * (multiplier - 1);
        List<Dosed> invented = new ArrayList<>(count);
        if (count == 0) {
            return invented;
        }
        List<NhsNumber> numbers = DemoClinic.demoNhsNumbers(demo.size() + count);
        Instant start = from.atStartOfDay(LONDON).toInstant();
        PatientDao patients = h.attach(PatientDao.class);
        PrescriptionDao prescriptions = h.attach(PrescriptionDao.class);
        var signed = h.createQuery("SELECT prescriber_id, routes FROM prescription_version WHERE id = :id")
                .bind("id", demo.get(0).prescriptionVersionId()).mapToMap().one();
        long prescriberId = ((Number) signed.get("prescriber_id")).longValue();
        String routes = (String) signed.get("routes");
        for (int i = 0; i < count; i++) {
            Dosed model = demo.get(i % demo.size());
            long patientId = patients.insert(numbers.get(demo.size() + i).value(), "Invented", "Patient " + (i + 1),
                    LocalDate.of(1980, 1, 1), "Benchmark history only", "TS1 1AA", "ACTIVE", start, team.adminId());
            long versionId = prescriptions.insert(patientId, 1, prescriberId, model.productId(), routes, 2, from, null,
                    null, false, start, "Benchmark history only", start, team.adminId());
            prescriptions.insertDose(versionId, "AM", model.amMcg());
            prescriptions.insertDose(versionId, "PM", model.pmMcg());
            invented.add(new Dosed(patientId, versionId, model.productId(), model.amMcg(), model.pmMcg()));
        }
        return invented;
    }
}
