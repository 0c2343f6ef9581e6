package nl.kennisbank.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.net.URISyntaxException;
import java.nio.file.Path;
import nl.kennisbank.problems.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package boundaries the code base promises in its {@code package-info.java} files, checked on the compiled
 * main classes, so a change that crosses one fails the build instead of waiting for a review to notice.
 */
class PackageBoundariesTest {

    private static final String ROOT = "nl.kennisbank";

    private static final String[] LEAVES = {ROOT + ".json..", ROOT + ".problems..", ROOT + ".html.."};

    private static JavaClasses production;

    @BeforeAll
    static void importMainClasses() {
        // Only the module's own compiled classes: scanning every jar on the test classpath for the package takes
        // minutes.
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(mainClassesFolder());
    }

    private static Path mainClassesFolder() {
        try {
            return Path.of(Problem.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the compiled classes have no file location", e);
        }
    }

    @Test
    void onlyTheJbakeAdapterUsesJbake() {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".jbake..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.jbake..")
                .because("JBake and its global state stay behind the adapter in nl.kennisbank.jbake")
                .check(production);
    }

    @Test
    void packagesDependOnEachOtherWithoutCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(production);
    }

    @Test
    void contentAndProblemsNeverDependOnTheBuildAroundThem() {
        noClasses()
                .that()
                .resideInAnyPackage(ROOT + ".content..", ROOT + ".problems..", ROOT + ".config..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        ROOT + ".site..", ROOT + ".cli..", ROOT + ".preview..", ROOT + ".jbake..", ROOT + ".search..")
                .because("loading and validating content is a stage the build uses, not the other way round")
                .check(production);
    }

    @Test
    void leafPackagesStandAlone() {
        noClasses()
                .that()
                .resideInAnyPackage(LEAVES)
                .should()
                .dependOnClassesThat(resideInAPackage(ROOT + "..").and(resideOutsideOfPackages(LEAVES)))
                .because(
                        "the JSON writer, HTML escaping and the problem model are shared by every stage and depend on none")
                .check(production);
    }

    @Test
    void onlyTheCommandLineEndsTheProcess() {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".cli..")
                .should()
                .callMethod(System.class, "exit", int.class)
                .because("exit codes are part of the command line's interface and decided in one place")
                .check(production);
    }

    @Test
    void pageRecordsArePlainData() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".pages..")
                .should()
                .dependOnClassesThat(resideInAPackage(ROOT + "..").and(resideOutsideOfPackages(ROOT + ".pages..")))
                .because(
                        "the page records are the contract templates read: plain values, built in site, read through the jbake adapter")
                .check(production);
    }

    @Test
    void theJbakeAdapterKnowsNoPageRecord() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".jbake..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".pages..", ROOT + ".site..")
                .because(
                        "the adapter renders any record strictly; which records a page type has is the site's business")
                .check(production);
    }

    @Test
    void eachBuildStageUsesOnlyTheStagesBeforeIt() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("orchestration")
                .definedBy(ROOT + ".site")
                .layer("search stage")
                .definedBy(ROOT + ".site.search..")
                .layer("page builders")
                .definedBy(ROOT + ".site.assemble..")
                .layer("checks")
                .definedBy(ROOT + ".site.validate..")
                .layer("source")
                .definedBy(ROOT + ".site.source..")
                .layer("publishing")
                .definedBy(ROOT + ".publish..")
                .whereLayer("orchestration")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("search stage")
                .mayOnlyBeAccessedByLayers("orchestration")
                .whereLayer("page builders")
                .mayOnlyBeAccessedByLayers("orchestration", "search stage")
                .whereLayer("checks")
                .mayOnlyBeAccessedByLayers("orchestration", "search stage", "page builders")
                .whereLayer("source")
                .mayOnlyBeAccessedByLayers("orchestration", "search stage", "page builders", "checks")
                .whereLayer("publishing")
                .mayNotAccessAnyLayer()
                .because("site keeps only the stage list; each stage's package reads what the stages before it"
                        + " produced and never the orchestration, so a stage can be changed without the others")
                .check(production);
    }

    @Test
    void buildStagesDependOnEachOtherWithoutCycles() {
        slices().matching(ROOT + ".site.(*)..").should().beFreeOfCycles().check(production);
    }

    @Test
    void publishingKnowsNoDocumentPageOrStage() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".publish..")
                .should()
                .dependOnClassesThat(resideInAPackage(ROOT + "..")
                        .and(resideOutsideOfPackages(
                                ROOT + ".publish..", ROOT + ".json..", ROOT + ".html..", ROOT + ".problems..")))
                .because("publishing works on files and folders: the same swap and manifest serve every kind of site")
                .check(production);
    }
}
