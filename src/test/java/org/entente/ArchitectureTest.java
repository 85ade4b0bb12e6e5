package org.entente;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.entente.web.scope.AllianceResolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The package rules of STYLE.md, checked on the compiled main classes (plain JUnit, no Quarkus). */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.entente");
        assertThat(main.contain(org.entente.web.FormPage.class)).as("main classes are imported").isTrue();
    }

    @Test
    void theCadenceEngineDependsOnTheJdkOnly() {
        classes().that().resideInAPackage("org.entente.cadence..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.entente.cadence..")
                .allowEmptyShould(true)
                .check(main);
    }

    @Test
    void theWebPlumbingDependsOnNoFeature() {
        noClasses().that().resideInAPackage("org.entente.web..")
                .should().dependOnClassesThat(resideInAPackage("org.entente.(*)..")
                        .and(not(resideInAnyPackage("org.entente.web..", "org.entente.platform.."))))
                .check(main);
    }

    @Test
    void thePlatformDependsOnNoFeatureAndNoHttp() {
        noClasses().that().resideInAPackage("org.entente.platform..")
                .should().dependOnClassesThat(resideInAPackage("org.entente.(*)..")
                        .and(not(resideInAPackage("org.entente.platform.."))))
                .check(main);
        noClasses().that().resideInAPackage("org.entente.platform..")
                .should().dependOnClassesThat(resideInAnyPackage("jakarta.ws.rs..", "io.quarkus.qute..",
                        "org.jboss.resteasy.."))
                .as("the platform knows nothing of HTTP or pages")
                .check(main);
    }

    @Test
    void accountsKnowNoFeatureAndOnlyTheExampleUsesThem() {
        noClasses().that().resideInAPackage("org.entente.account..")
                .should().dependOnClassesThat(resideInAPackage("org.entente.(*)..")
                        .and(not(resideInAnyPackage("org.entente.account..", "org.entente.web..",
                                "org.entente.platform.."))))
                .check(main);
        noClasses().that().resideOutsideOfPackages("org.entente.account..", "org.entente.example..")
                .should().dependOnClassesThat(resideInAPackage("org.entente.account.."))
                .check(main);
    }

    @Test
    void eachFeatureResolvesItsOwnRecordsToTheirAlliance() {
        classes().that().implement(AllianceResolver.class)
                .and().doNotHaveModifier(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)
                .should().haveSimpleNameEndingWith("Scope")
                .andShould().resideOutsideOfPackages("org.entente.account..", "org.entente.web..",
                        "org.entente.platform..")
                .as("each feature resolves the ids of its own kinds of record (a *Scope bean); access control does not")
                .check(main);
        noClasses().that().resideInAPackage("org.entente.account..")
                .should().dependOnClassesThat().implement(AllianceResolver.class)
                .as("the access check reaches the features' resolvers only through the web.scope interface")
                .check(main);
    }

    @Test
    void allianceKnowsNothingOfBodiesOrTheExample() {
        noClasses().that().resideInAPackage("org.entente.alliance..")
                .should().dependOnClassesThat(resideInAnyPackage("org.entente.body..", "org.entente.example.."))
                .check(main);
    }

    @Test
    void theLaunchEventUsesAlliancesBodiesPlansAndWebOnlyAndOnlyThePrintReadsIt() {
        noClasses().that().resideInAPackage("org.entente.launch..")
                .should().dependOnClassesThat(resideInAnyPackage("org.entente.example..", "org.entente.calendar..",
                        "org.entente.print..", "org.entente.account..", "org.entente.relationship.."))
                .check(main);
        noClasses().that().resideInAPackage("org.entente.launch..")
                .should().dependOnClassesThat(resideInAPackage("org.entente.plan..").and(simpleNameEndingWith("Service")))
                .as("the launch reads plans and meetings but never changes them (no plan service)")
                .check(main);
        noClasses().that().resideOutsideOfPackages("org.entente.launch..", "org.entente.print..")
                .should().dependOnClassesThat(resideInAPackage("org.entente.launch.."))
                .check(main);
        noClasses().that().resideInAPackage("org.entente.print..")
                .should().dependOnClassesThat(resideInAPackage("org.entente.launch..")
                        .and(simpleNameEndingWith("Service")))
                .as("the printed plan reads the launch checklist (LaunchViews) but never changes it")
                .check(main);
    }

    @Test
    void relationshipsUseAlliancesAndWebOnlyAndNothingUsesThem() {
        noClasses().that().resideInAPackage("org.entente.relationship..")
                .should().dependOnClassesThat(resideInAnyPackage("org.entente.plan..", "org.entente.body..",
                        "org.entente.launch..", "org.entente.calendar..", "org.entente.print..",
                        "org.entente.cadence..", "org.entente.example.."))
                .check(main);
        noClasses().that().resideOutsideOfPackage("org.entente.relationship..")
                .should().dependOnClassesThat(resideInAPackage("org.entente.relationship.."))
                .check(main);
    }

    @Test
    void timedJobsUsePlatformOnly() {
        noClasses().that().resideInAPackage("org.entente.jobs..")
                .should().dependOnClassesThat(resideInAPackage("org.entente.(*)..")
                        .and(not(resideInAnyPackage("org.entente.jobs..", "org.entente.platform.."))))
                .check(main);
    }

    @Test
    void planKnowsNothingOfTheCalendar() {
        noClasses().that().resideInAPackage("org.entente.plan..")
                .should().dependOnClassesThat(resideInAPackage("org.entente.calendar.."))
                .check(main);
    }

    @Test
    void theCalendarReadsPlansButNoPrintOrExample() {
        noClasses().that().resideInAPackage("org.entente.calendar..")
                .should().dependOnClassesThat(resideInAnyPackage("org.entente.print..", "org.entente.example.."))
                .check(main);
    }

    @Test
    void onlyTheOneClockReadsTheSystemClock() {
        classes().that().doNotHaveFullyQualifiedName("org.entente.platform.AppClock")
                .should(readNoSystemClock())
                .check(main);
    }

    /**
     * No {@code now()} of java.time except {@code now(Clock)}, no {@code Clock.system*()}, no
     * {@code System.currentTimeMillis()}: "now" and "today" come from the injected {@code java.time.Clock}.
     */
    private static ArchCondition<JavaClass> readNoSystemClock() {
        return new ArchCondition<>("read the system clock only through the injected Clock") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (JavaMethodCall call : origin.getMethodCallsFromSelf()) {
                    String owner = call.getTargetOwner().getName();
                    String name = call.getName();
                    List<String> params = call.getTarget().getRawParameterTypes().stream().map(JavaClass::getName).toList();
                    boolean timeNow = owner.startsWith("java.time.") && name.equals("now")
                            && !params.equals(List.of("java.time.Clock"));
                    boolean systemClock = owner.equals("java.time.Clock") && name.startsWith("system");
                    boolean millis = owner.equals("java.lang.System") && name.equals("currentTimeMillis");
                    if (timeNow || systemClock || millis) {
                        events.add(SimpleConditionEvent.violated(origin, call.getDescription()));
                    }
                }
            }
        };
    }

    @Test
    void pagesAndApiResourcesAreEntryPointsNothingElseCalls() {
        classes().should(dependOnNoOtherEntryPoint()).check(main);
    }

    /** A class ending in Pages or Api is reached over HTTP only; its own nested classes may use it. */
    private static ArchCondition<JavaClass> dependOnNoOtherEntryPoint() {
        return new ArchCondition<>("depend on no other class whose name ends with Pages or Api") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    if (isEntryPoint(target) && !outermost(target).equals(outermost(origin))) {
                        events.add(SimpleConditionEvent.violated(origin, d.getDescription()));
                    }
                }
            }
        };
    }

    private static boolean isEntryPoint(JavaClass c) {
        String name = outermost(c).getSimpleName();
        return c.getPackageName().startsWith("org.entente") && (name.endsWith("Pages") || name.endsWith("Api"));
    }

    private static JavaClass outermost(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }
}
