package fr.boucle;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.http.annotation.Controller;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Guards the package rules of the house style: business areas, web/ and internal/ packages. */
class ArchitectureTest {

  private static JavaClasses boucle;

  @BeforeAll
  static void importClasses() {
    boucle =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.boucle");
  }

  @Test
  void businessAreasHaveNoCycles() {
    slices()
        .matching("fr.boucle.(*)..")
        .should()
        .beFreeOfCycles()
        .allowEmptyShould(true)
        .check(boucle);
  }

  @Test
  void internalPackagesAreOnlyUsedInsideTheirArea() {
    // fr.boucle.<area>.internal.. may only be reached from fr.boucle.<area>..
    classes()
        .that()
        .resideInAPackage("fr.boucle.*.internal..")
        .should(
            new com.tngtech.archunit.lang.ArchCondition<JavaClass>(
                "be accessed only from their own business area") {
              @Override
              public void check(
                  JavaClass target, com.tngtech.archunit.lang.ConditionEvents events) {
                String area = areaOf(target);
                target.getAccessesToSelf().stream()
                    .filter(access -> !areaOf(access.getOriginOwner()).equals(area))
                    .forEach(access ->
                        events.add(
                            com.tngtech.archunit.lang.SimpleConditionEvent.violated(
                                access, access.getDescription())));
              }
            })
        .allowEmptyShould(true)
        .check(boucle);
  }

  @Test
  void sharedDependsOnNoBusinessArea() {
    noClasses()
        .that()
        .resideInAPackage("fr.boucle.shared..")
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "belong to a business area",
                (JavaClass c) ->
                    c.getPackageName().startsWith("fr.boucle.")
                        && !c.getPackageName().startsWith("fr.boucle.shared")
                        && !c.getPackageName().startsWith("fr.boucle.search")
                        && !c.getPackageName().equals("fr.boucle")))
        .check(boucle);
  }

  @Test
  void controllersLiveInWebPackagesAndArePackagePrivate() {
    classes()
        .that()
        .areAnnotatedWith(Controller.class)
        .should()
        .resideInAPackage("..web..")
        .andShould()
        .notBePublic()
        .check(boucle);
  }

  @Test
  void domainTypesStayFreeOfHttp() {
    noClasses()
        .that()
        .resideInAPackage("fr.boucle.*")
        .and()
        .resideOutsideOfPackage("fr.boucle.shared..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.micronaut.http..")
        .allowEmptyShould(true)
        .check(boucle);
  }

  private static String areaOf(JavaClass c) {
    String rest = c.getPackageName().replaceFirst("^fr\\.boucle\\.?", "");
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }
}
