package org.aitrainer.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.aitrainer.api.core.Published;
import org.aitrainer.api.http.query.Page;
import org.aitrainer.api.snapshot.CollectionDeclaration;
import org.aitrainer.api.snapshot.DeclaredCollections;
import org.aitrainer.api.snapshot.ReadableCollection;
import org.aitrainer.api.snapshot.ReadableRecord;
import org.aitrainer.api.write.WriteRules;
import org.junit.jupiter.api.Test;

/**
 * The layout the README describes. {@code core} and {@code http.*} know no feature; a feature uses another only
 * through what that one marks {@link Published} (the export reads every feature's entities); only the write pipeline
 * takes the write lock, and the rules of a record run only inside it.
 */
class ArchitectureTest {

    private static final String ROOT = "org.aitrainer.api";

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /**
     * The feature packages: those that serve a resource of the API (a class with {@code @Path}), read from the code
     * rather than listed, so that a new feature is held to these rules from its first resource.
     */
    private static final Set<String> FEATURES = MAIN.stream()
            .filter(type -> type.isAnnotatedWith(jakarta.ws.rs.Path.class))
            .map(type -> type.getPackageName().substring(ROOT.length() + 1).split("\\.")[0])
            .collect(Collectors.toUnmodifiableSet());

    @Test
    void theFeaturesAreThePackagesThatServeResources() {
        assertThat(FEATURES)
                .contains("level", "policy", "index", "export", "estimate")
                .doesNotContain("core", "http", "snapshot", "write", "ops", "config", "dev");
    }

    /**
     * Every collection a feature serves is declared ({@link CollectionDeclaration}), and every declaration is served:
     * the paths of the declarations are those of the resources that extend {@link ReadableCollection}, once each.
     * Only {@code ReadableCollection} answers a GET with a page, so that no collection escapes its declaration. The
     * records served one by one ({@link ReadableRecord}) are those of the declarations that name a record GET, at
     * the path each names.
     */
    @Test
    void everyCollectionIsDeclaredAndEveryDeclarationServed() {
        List<String> declared = DeclaredCollections.all().stream()
                .map(CollectionDeclaration::path)
                .toList();
        List<String> served = MAIN.stream()
                .filter(type -> type.isAssignableTo(ReadableCollection.class)
                        && !type.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(type -> type.getAnnotationOfType(jakarta.ws.rs.Path.class).value())
                .sorted()
                .toList();
        assertThat(declared).doesNotHaveDuplicates().isEqualTo(served).isNotEmpty();

        List<String> declaredRecords = DeclaredCollections.all().stream()
                .filter(collection -> collection.record().isPresent())
                .map(CollectionDeclaration::recordPath)
                .sorted()
                .toList();
        List<String> servedRecords = MAIN.stream()
                .filter(type -> type.isAssignableTo(ReadableRecord.class)
                        && !type.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(type -> type.getAnnotationOfType(jakarta.ws.rs.Path.class).value())
                .sorted()
                .toList();
        assertThat(declaredRecords).isEqualTo(servedRecords).isNotEmpty();

        List<String> pages = MAIN.stream()
                .flatMap(type -> type.getMethods().stream())
                .filter(method -> method.isAnnotatedWith(jakarta.ws.rs.GET.class))
                .filter(method ->
                        method.reflect().getGenericReturnType().getTypeName().contains(Page.class.getName()))
                .map(method -> method.getOwner().getSimpleName() + "." + method.getName())
                .toList();
        // The data versions are the one page read from the change log rather than the snapshot.
        assertThat(pages).containsExactlyInAnyOrder("ReadableCollection.list", "VersionResource.list");
    }

    /** Each package can be understood, and changed, from the packages below it: none depends on itself in a circle. */
    @Test
    void noPackageDependsOnItselfThroughOthers() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theSharedPackagesKnowNoFeature() {
        noClasses()
                .that()
                .resideInAnyPackage(ROOT + ".core..", ROOT + ".http..")
                .should()
                .dependOnClassesThat(resideInAFeature())
                .check(MAIN);
    }

    /** The OpenAPI completion alone names the write pipeline's headers, to document them. */
    @Test
    void theHttpLayerSitsBelowTheWritePipelineAndTheSnapshot() {
        noClasses()
                .that()
                .resideInAnyPackage(ROOT + ".core..", ROOT + ".http..")
                .and()
                .resideOutsideOfPackage(ROOT + ".http.openapi")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".write..", ROOT + ".snapshot..")
                .check(MAIN);
    }

    @Test
    void featuresUseEachOtherOnlyThroughWhatTheyPublish() {
        classes()
                .that(resideInAFeature())
                .should(new ArchCondition<JavaClass>("use another feature only through what it marks @Published") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            JavaClass target = dependency.getTargetClass().getBaseComponentType();
                            String from = feature(origin);
                            String to = feature(target);
                            if (to == null || to.equals(from) || allowed(from, target)) {
                                continue;
                            }
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                })
                .check(MAIN);
    }

    @Test
    void onlyTheWritePipelineRunsWrites() {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".write")
                .should()
                .dependOnClassesThat()
                .haveSimpleName("WriteTransaction")
                .orShould()
                .dependOnClassesThat()
                .haveSimpleName("AuditLog")
                .check(MAIN);
        assertThat(WriteRules.class.getAnnotation(Transactional.class).value())
                .as("WriteRules is @Transactional(MANDATORY), which its subclasses inherit")
                .isEqualTo(Transactional.TxType.MANDATORY);
        classes()
                .that()
                .areAssignableTo(WriteRules.class)
                .and()
                .doNotHaveFullyQualifiedName(WriteRules.class.getName())
                .should()
                .notBeAnnotatedWith(Transactional.class)
                .because(
                        "a rule's own @Transactional would replace the MANDATORY it inherits, so that it could run alone")
                .check(MAIN);
    }

    /** ArchUnit sees calls, not SQL: the lock's SQL is looked for in the sources themselves. */
    @Test
    void onlyTheAuditLogTakesTheWriteLock() throws IOException {
        Path sources = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            List<String> locking = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> read(file).contains("pg_advisory"))
                    .map(file -> sources.relativize(file).toString().replace('\\', '/'))
                    .toList();
            assertThat(locking).containsExactly("org/aitrainer/api/write/AuditLog.java");
        }
    }

    private static boolean allowed(String from, JavaClass target) {
        if (target.isAnnotatedWith(Published.class)) {
            return true;
        }
        return "export".equals(from) && (target.isAnnotatedWith(Entity.class) || target.isEnum());
    }

    private static String feature(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return null;
        }
        String first = name.substring(ROOT.length() + 1).split("\\.")[0];
        return FEATURES.contains(first) ? first : null;
    }

    private static DescribedPredicate<JavaClass> resideInAFeature() {
        return DescribedPredicate.describe("reside in a feature package " + FEATURES, type -> feature(type) != null);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
