package uk.homecare.portal;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The walls between the backend's features, the platform under them, the demo beside them and the UI. */
@AnalyzeClasses(packages = "uk.homecare.portal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String DEMO = "uk.homecare.portal.demo..";
    private static final String PLATFORM = "uk.homecare.portal.platform..";

    @ArchTest
    static final ArchRule features_depend_on_each_other_without_cycles = slices()
            .matching("uk.homecare.portal.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule no_feature_depends_on_the_demo = noClasses()
            .that().resideOutsideOfPackage(DEMO)
            .should().dependOnClassesThat().resideInAPackage(DEMO);

    @ArchTest
    static final ArchRule the_platform_depends_on_no_feature = noClasses()
            .that().resideInAPackage(PLATFORM)
            .should().dependOnClassesThat(aFeature());

    @ArchTest
    static final ArchRule the_backend_knows_nothing_of_the_ui = noClasses()
            .that().resideInAPackage("uk.homecare.portal..")
            .should().dependOnClassesThat().resideInAnyPackage("uk.homecare.portal.ui..", "com.vaadin..");

    /** Ours, but neither the application's root, the platform nor the contract. */
    private static DescribedPredicate<JavaClass> aFeature() {
        return resideInAPackage("uk.homecare.portal..")
                .and(resideOutsideOfPackages("uk.homecare.portal", PLATFORM, "uk.homecare.portal.api.."))
                .as("belong to a feature");
    }
}
