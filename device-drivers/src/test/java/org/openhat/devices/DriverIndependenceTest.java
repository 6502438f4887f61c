package org.openhat.devices;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The drivers speak to scanners and safes; the server adapts them, so they can be reused and tested alone. */
class DriverIndependenceTest {
    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("org.openhat.devices");

    @Test
    void deviceDriversKnowNothingOfTheServer() {
        noClasses()
                .that().resideInAPackage("org.openhat.devices..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.openhat.clinic..", "io.dropwizard..", "org.jdbi..", "jakarta.ws.rs..")
                .because("device-drivers is plain Java + SLF4J + jSerialComm; clinic-server's devices package adapts it")
                .check(MAIN_CLASSES);
    }
}
