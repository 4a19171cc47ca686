package uk.homecare.portal.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The contract is what both sides build on, so it leans on nothing of ours and only on the libraries they share. */
@AnalyzeClasses(packages = "uk.homecare.portal.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ContractArchitectureTest {

    @ArchTest
    static final ArchRule the_contract_depends_only_on_the_jdk_the_annotation_libraries_and_itself = classes()
            .that().resideInAPackage("uk.homecare.portal.api..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "io.micronaut..", "io.swagger..", "jakarta..", "com.fasterxml.jackson.annotation..",
                    "org.jspecify..", "uk.homecare.portal.api..");
}
