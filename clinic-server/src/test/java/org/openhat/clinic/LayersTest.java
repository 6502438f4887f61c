package org.openhat.clinic;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Every arrow points one way: resources → service → (core, db) → core. The clinic's rules in
 * core can be read, tested and changed without a database or a web server, and a resource can
 * only reach the database through a use case that owns the transaction.
 */
class LayersTest {
    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("org.openhat.clinic");

    @Test
    void coreImportsNoDatabaseJdbiJerseyOrDropwizard() {
        noClasses()
                .that().resideInAPackage("org.openhat.clinic.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.openhat.clinic.db..", "org.openhat.clinic.service..", "org.openhat.clinic.resources..",
                        "org.jdbi..", "jakarta.ws.rs..", "org.glassfish.jersey..", "io.dropwizard..")
                .because("core holds the clinic's rules and values, which need no database and no web server")
                .check(MAIN_CLASSES);
    }

    @Test
    void dbNeverKnowsServicesOrResources() {
        noClasses()
                .that().resideInAPackage("org.openhat.clinic.db..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.openhat.clinic.service..", "org.openhat.clinic.resources..")
                .because("the DAOs map rows to core's types and are called by the services, never the other way")
                .check(MAIN_CLASSES);
    }

    @Test
    void resourcesReachTheDatabaseOnlyThroughServices() {
        noClasses()
                .that().resideInAPackage("org.openhat.clinic.resources..")
                .should().dependOnClassesThat().resideInAnyPackage("org.openhat.clinic.db..", "org.jdbi..")
                .because("a use case in service opens the transaction; a resource only validates, calls it and maps")
                .check(MAIN_CLASSES);
    }

    @Test
    void deviceWiringReachesTheDatabaseOnlyThroughServicesBesideTheSafeEventStore() {
        noClasses()
                .that().resideInAPackage("org.openhat.clinic.devices..")
                .and().haveNameNotMatching(".*\\.devices\\.(JdbiSafeEventStore|DeviceRegistry)(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("org.openhat.clinic.db..", "org.jdbi..")
                .because("scans and scan streams look staff, patients and sessions up through their services; only"
                        + " the safe's event store (and the registry that builds it) is a database adapter")
                .check(MAIN_CLASSES);
    }

    @Test
    void apiRecordsNeverCarryDatabaseRows() {
        noClasses()
                .that().resideInAPackage("org.openhat.clinic.api..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.openhat.clinic.db..", "org.openhat.clinic.service..", "org.jdbi..")
                .because("a JSON body is built from core's values, so a column never leaks into the API")
                .check(MAIN_CLASSES);
    }
}
