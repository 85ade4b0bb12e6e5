package org.entente.cadence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class CadencePurityTest {

    private static final JavaClasses CADENCE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.entente.cadence");

    @Test
    void the_planner_depends_on_nothing_but_the_jdk() {
        classes().that().resideInAPackage("org.entente.cadence..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.entente.cadence..")
                .check(CADENCE);
    }

    @Test
    void the_planner_uses_no_randomness_and_no_clock() {
        noClasses().that().resideInAPackage("org.entente.cadence..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .check(CADENCE);
    }
}
