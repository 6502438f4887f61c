package org.openhat.clinic;

import com.fasterxml.jackson.databind.DeserializationFeature;
import io.dropwizard.assets.AssetsBundle;
import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.jdbi3.JdbiFactory;
import io.dropwizard.migrations.MigrationsBundle;
import java.time.Clock;
import java.util.Optional;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;
import org.jdbi.v3.core.Jdbi;
import org.openhat.clinic.auth.DenyByDefaultFeature;
import org.openhat.clinic.auth.JsonUnauthorizedHandler;
import org.openhat.clinic.auth.SessionCookie;
import org.openhat.clinic.auth.SessionCookieAuthFilter;
import org.openhat.clinic.auth.StaffPrincipal;
import org.openhat.clinic.cli.RegisterCommand;
import org.openhat.clinic.cli.SeedDemoCommand;
import org.openhat.clinic.cli.SeedHistoryCommand;
import org.openhat.clinic.cli.SimulateCommand;
import org.openhat.clinic.core.dispensing.CheckedThisSession;
import org.openhat.clinic.core.dosing.DoseSafetyCheck;
import org.openhat.clinic.core.register.checkpoint.CheckpointFile;
import org.openhat.clinic.core.register.checkpoint.SigningKey;
import org.openhat.clinic.core.register.checkpoint.TrustedKey;
import org.openhat.clinic.core.schedule.ClinicCalendar;
import org.openhat.clinic.core.staff.SecretHasher;
import org.openhat.clinic.core.staff.SessionPolicy;
import org.openhat.clinic.core.stations.SafeAvailability;
import org.openhat.clinic.db.ClinicDatabase;
import org.openhat.clinic.db.JdbiTransactor;
import org.openhat.clinic.db.Transactor;
import org.openhat.clinic.devices.DeviceHealthChecks;
import org.openhat.clinic.devices.DeviceRegistry;
import org.openhat.clinic.devices.KioskScans;
import org.openhat.clinic.devices.ScanFeed;
import org.openhat.clinic.logging.QuietRequestLogStart;
import org.openhat.clinic.resources.AuditResource;
import org.openhat.clinic.resources.DiscrepancyResource;
import org.openhat.clinic.resources.DispensingResource;
import org.openhat.clinic.resources.PatientResource;
import org.openhat.clinic.resources.PrescriberResource;
import org.openhat.clinic.resources.PrescriptionResource;
import org.openhat.clinic.resources.ProductResource;
import org.openhat.clinic.resources.RegisterAuditResource;
import org.openhat.clinic.resources.RegisterResource;
import org.openhat.clinic.resources.SafeResource;
import org.openhat.clinic.resources.ScanStreamResource;
import org.openhat.clinic.resources.SessionResource;
import org.openhat.clinic.resources.StaffResource;
import org.openhat.clinic.resources.StationResource;
import org.openhat.clinic.resources.errors.BodySizeLimitFilter;
import org.openhat.clinic.resources.errors.ClinicExceptionMappers;
import org.openhat.clinic.resources.errors.DoseRefusedMapper;
import org.openhat.clinic.resources.errors.JsonErrorMapper;
import org.openhat.clinic.resources.errors.StationAccessMapper;
import org.openhat.clinic.resources.errors.UnexpectedErrorMapper;
import org.openhat.clinic.resources.errors.ViolationMapper;
import org.openhat.clinic.resources.errors.WebApplicationErrorMapper;
import org.openhat.clinic.service.audit.AuditTrail;
import org.openhat.clinic.service.dispensing.AdministrationService;
import org.openhat.clinic.service.dispensing.DoseCheckService;
import org.openhat.clinic.service.dispensing.DoseRegisterLines;
import org.openhat.clinic.service.dispensing.DoseSafeOpening;
import org.openhat.clinic.service.dispensing.DosingListService;
import org.openhat.clinic.service.dispensing.ObservationService;
import org.openhat.clinic.service.dispensing.SessionOutcomes;
import org.openhat.clinic.service.dispensing.SnapshotReader;
import org.openhat.clinic.service.patients.PatientService;
import org.openhat.clinic.service.prescribers.PrescriberService;
import org.openhat.clinic.service.prescriptions.PrescriptionService;
import org.openhat.clinic.service.products.ProductService;
import org.openhat.clinic.service.register.RegisterService;
import org.openhat.clinic.service.register.RegisterVerifier;
import org.openhat.clinic.service.register.checkpoint.AutomaticCheckpoints;
import org.openhat.clinic.service.register.checkpoint.CheckpointService;
import org.openhat.clinic.service.register.discrepancy.DiscrepancyService;
import org.openhat.clinic.service.register.print.RegisterExports;
import org.openhat.clinic.service.register.safe.ReconciliationService;
import org.openhat.clinic.service.staff.SecondSigners;
import org.openhat.clinic.service.staff.SessionService;
import org.openhat.clinic.service.staff.SignInService;
import org.openhat.clinic.service.staff.StaffService;
import org.openhat.clinic.service.stations.SafeUnlockService;
import org.openhat.clinic.service.stations.StationService;
import org.openhat.clinic.tasks.CloseSessionsTask;
import org.openhat.clinic.tasks.EveryMinute;
import org.openhat.clinic.tasks.SealRegisterTask;
import org.openhat.clinic.tasks.SimulatorTasks;
import org.openhat.clinic.web.WebDefences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class ClinicApplication extends Application<ClinicConfiguration> {
    private static final Logger LOG = LoggerFactory.getLogger(ClinicApplication.class);

    public static void main(String[] args) throws Exception {
        new ClinicApplication().run(args);
    }

    @Override
    public String getName() {
        return "openhat";
    }

    /** Every clinical time rule takes this clock; tests override it. */
    protected Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public void initialize(Bootstrap<ClinicConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
        bootstrap.getObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // Milligrams are written without trailing zeros; without this 190 mg would read "1.9E+2".
                .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        bootstrap.addBundle(new MigrationsBundle<>() {
            @Override
            public DataSourceFactory getDataSourceFactory(ClinicConfiguration configuration) {
                ClinicDatabase.prepare(configuration.getDatabase());
                return configuration.getDatabase().dataSourceFactory();
            }

            @Override
            public String getMigrationsFileName() {
                return ClinicDatabase.CHANGELOG;
            }
        });
        bootstrap.addBundle(new AssetsBundle("/assets/", "/", "index.html", "kiosk"));
        bootstrap.addCommand(new SeedDemoCommand());
        bootstrap.addCommand(new RegisterCommand());
        bootstrap.addCommand(SimulateCommand.safe());
        bootstrap.addCommand(SimulateCommand.scanner());
        bootstrap.addCommand(new SeedHistoryCommand());
    }

    @Override
    public void run(ClinicConfiguration config, Environment environment) {
        Clock clock = clock();
        ClinicDatabase database = openDatabase(config, environment);
        Transactor transactor = database.transactor();

        SecretHasher hasher = new SecretHasher();
        SessionPolicy sessionPolicy = config.getSessions().build();
        SessionService sessions = new SessionService(transactor, sessionPolicy, clock);
        SignInService signIn = new SignInService(transactor, hasher, sessionPolicy, clock);
        SecondSigners secondSigners = new SecondSigners(signIn, transactor, clock);
        StaffService staff = new StaffService(transactor, hasher, clock);
        PatientService patients = new PatientService(transactor, clock);
        PrescriberService prescribers = new PrescriberService(transactor, clock);
        ProductService products = new ProductService(transactor, clock);
        StationService stations = new StationService(transactor, clock);

        environment.jersey().setUrlPattern("/api/*");
        WebDefences.register(config.getAdminTasks(), "/api", environment);
        registerErrorHandling(config, environment);
        registerAuth(environment, sessions);

        SessionCookie cookie = new SessionCookie(config.isSecureCookies());
        environment.jersey().register(new SessionResource(signIn, sessions, stations, cookie,
                config.getDispensing().doseWitnessRule(), clock));
        environment.jersey().register(new StaffResource(staff));
        environment.jersey().register(new PatientResource(patients));
        environment.jersey().register(new PrescriberResource(prescribers));
        environment.jersey().register(new ProductResource(products));
        environment.jersey().register(new StationResource(stations));
        environment.jersey().register(new AuditResource(new AuditTrail(transactor)));
        RegisterService register = new RegisterService(transactor, clock, config.getPremises());
        registerRegister(config, environment, transactor, register, secondSigners, clock);
        DeviceRegistry devices = registerStationDevices(config, environment, transactor, clock, stations, patients,
                staff, sessions);
        registerDispensing(config, environment, transactor, register, secondSigners, clock, devices);

        environment.lifecycle().addEventListener(new QuietRequestLogStart());
        environment.lifecycle().addServerLifecycleListener(server ->
                LOG.info("{} is ready at http://localhost:{}/", config.getClinicName(), localPort(server)));
    }

    private static void registerDispensing(ClinicConfiguration config, Environment environment, Transactor transactor,
                                           RegisterService register, SecondSigners secondSigners, Clock clock,
                                           SafeAvailability safes) {
        ClinicCalendar calendar = ClinicCalendar.of(config.getSchedule());
        DoseSafetyCheck engine = new DoseSafetyCheck(config.getDosing());
        SnapshotReader snapshots = new SnapshotReader(calendar, config.getPremises());
        CheckedThisSession checked = new CheckedThisSession();
        SessionOutcomes outcomes = new SessionOutcomes(transactor, calendar, clock);
        environment.jersey().register(new PrescriptionResource(
                new PrescriptionService(transactor, config.getDosing(), calendar, config.getPremises(), clock)));
        environment.jersey().register(new DispensingResource(
                new DoseCheckService(transactor, snapshots, engine, calendar, checked, clock),
                new AdministrationService(transactor, snapshots, engine, calendar, safes,
                        new DoseRegisterLines(register),
                        new DoseSafeOpening(config.getDispensing().safeOpeningValidFor()),
                        config.getDispensing().doseWitnessRule(), clock),
                new ObservationService(transactor, config.getDosing(), clock), outcomes,
                new DosingListService(transactor, calendar, checked, clock), calendar, register,
                secondSigners, clock));
        environment.jersey().register(new DoseRefusedMapper());
        environment.lifecycle().manage(EveryMinute.closingSessions(outcomes::closeEndedSessions));
        environment.admin().addTask(new CloseSessionsTask(outcomes));
    }

    /** The controlled-drug register: services and resources (issue 4). */
    private static void registerRegister(ClinicConfiguration config, Environment environment, Transactor transactor,
                                         RegisterService register, SecondSigners secondSigners, Clock clock) {
        RegisterFactory settings = config.getRegister();
        SigningKey key = settings.signingKey();
        CheckpointFile checkpointFile = settings.checkpointFile();
        RegisterVerifier verifier = new RegisterVerifier(transactor, TrustedKey.publicKey(key.publicKeyBase64()),
                checkpointFile);
        CheckpointService checkpoints = new CheckpointService(transactor, key, verifier, clock, checkpointFile);
        checkpoints.startFile();
        AutomaticCheckpoints sealing = new AutomaticCheckpoints(transactor, checkpoints,
                ClinicCalendar.of(config.getSchedule()), settings.checkpointEvery(), clock);
        environment.lifecycle().manage(EveryMinute.sealingTheRegister(sealing::sealDue));
        environment.admin().addTask(new SealRegisterTask(sealing));
        environment.jersey().register(new RegisterResource(register, secondSigners));
        environment.jersey().register(new RegisterAuditResource(verifier, checkpoints,
                new RegisterExports(transactor, config.getClinicName()),
                new ReconciliationService(transactor, settings.safeMatchWindow(), clock)));
        environment.jersey().register(new DiscrepancyResource(
                new DiscrepancyService(transactor, clock, settings.discrepancyEscalation())));
    }

    /** Each kiosk's scanner and safe (issue 5): devices, scan stream, safe unlocking, health checks, tasks. */
    private static DeviceRegistry registerStationDevices(ClinicConfiguration config, Environment environment,
                                               Transactor transactor, Clock clock, StationService stations,
                                               PatientService patients, StaffService staff,
                                               SessionService sessions) {
        DeviceRegistry devices = DeviceRegistry.build(config.getStations(), transactor, stations,
                config.getScanning().decoder(), clock, config.getRegister().safeMatchWindow());
        ScanFeed feed = new ScanFeed(new KioskScans(patients, staff), sessions::kioskSessionStillAt,
                environment.getObjectMapper());
        devices.stations().forEach(s -> s.scanner().ifPresent(d -> feed.attach(s.code(), d.scanner())));
        environment.lifecycle().manage(devices);
        environment.lifecycle().manage(feed);
        DeviceHealthChecks.register(devices, environment.healthChecks());
        environment.jersey().register(new StationAccessMapper());
        environment.jersey().register(new ScanStreamResource(stations, devices, feed));
        environment.jersey().register(new SafeResource(devices, devices,
                new SafeUnlockService(transactor, stations, devices, clock)));
        SimulatorTasks.register(devices, environment.admin());
        return devices;
    }

    private ClinicDatabase openDatabase(ClinicConfiguration config, Environment environment) {
        ClinicDatabase.prepare(config.getDatabase());
        DataSourceFactory dataSourceFactory = config.getDatabase().dataSourceFactory();
        String name = config.getDatabase().name();
        ManagedDataSource dataSource = dataSourceFactory.build(environment.metrics(), name);
        Jdbi jdbi = new JdbiFactory().build(environment, dataSourceFactory, dataSource, name);
        ClinicDatabase database = ClinicDatabase.of(dataSource, jdbi, config.getDatabase());
        if (config.getDatabase().migrateOnStart()) {
            database.migrate();
        }
        return database;
    }

    private static void registerErrorHandling(ClinicConfiguration config, Environment environment) {
        // Dropwizard's default mappers answer in their own shape; ours name the field and never leak internals.
        if (config.getServerFactory() instanceof DefaultServerFactory server) {
            server.setRegisterDefaultExceptionMappers(false);
        }
        environment.jersey().register(new BodySizeLimitFilter(config.getMaxRequestBytes()));
        environment.jersey().register(new JsonErrorMapper());
        environment.jersey().register(new ViolationMapper());
        environment.jersey().register(new WebApplicationErrorMapper());
        environment.jersey().register(new UnexpectedErrorMapper());
        environment.jersey().register(new ClinicExceptionMappers.Validation());
        environment.jersey().register(new ClinicExceptionMappers.NotFound());
        environment.jersey().register(new ClinicExceptionMappers.Conflict());
        environment.jersey().register(new ClinicExceptionMappers.SignIn());
        environment.jersey().register(new ClinicExceptionMappers.DiskFull());
    }

    private static void registerAuth(Environment environment, SessionService sessions) {
        environment.jersey().register(new AuthDynamicFeature(new SessionCookieAuthFilter.Builder()
                .setAuthenticator(token -> sessions.authenticate(token).map(StaffPrincipal::new))
                .setAuthorizer((principal, role, request) -> principal.hasRole(role))
                .setUnauthorizedHandler(new JsonUnauthorizedHandler())
                .setPrefix("Session")
                .setRealm("openhat")
                .buildAuthFilter()));
        environment.jersey().register(RolesAllowedDynamicFeature.class);
        environment.jersey().register(new DenyByDefaultFeature());
        environment.jersey().register(new AuthValueFactoryProvider.Binder<>(StaffPrincipal.class));
    }

    private static Object localPort(org.eclipse.jetty.server.Server server) {
        return Optional.ofNullable(server.getConnectors()).filter(c -> c.length > 0)
                .map(c -> ((org.eclipse.jetty.server.ServerConnector) c[0]).getLocalPort()).orElse(null);
    }
}
