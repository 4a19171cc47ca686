package uk.homecare.portal.ui;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The UI's walls: its features without cycles, and data only through the contract's clients. */
@AnalyzeClasses(packages = "uk.homecare.portal.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_ui_features_depend_on_each_other_without_cycles = slices()
            .matching("uk.homecare.portal.ui.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule views_reach_data_only_through_the_contracts_clients = noClasses()
            .that().resideInAPackage("uk.homecare.portal.ui..")
            .should().dependOnClassesThat(
                    resideInAPackage("uk.homecare.portal..")
                            .and(resideOutsideOfPackages("uk.homecare.portal.ui..", "uk.homecare.portal.api.."))
                            .as("are in the backend")
                            .or(resideInAnyPackage("java.sql..", "javax.sql..", "io.micronaut.data..")
                                    .as("are JDBC or Micronaut Data")));
}
