package uk.homecare.portal.person;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import uk.homecare.portal.api.person.PeopleOperations;
import uk.homecare.portal.api.person.Person;
import uk.homecare.portal.api.person.PersonForm;
import uk.homecare.portal.api.person.PersonPage;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.openapi.ConflictProblem;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.InvalidParameterProblems;
import uk.homecare.portal.platform.openapi.NotFoundProblem;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller
@Secured({"COMMISSIONER", "ADMIN"})
@Tag(name = "People")
class PeopleController implements PeopleOperations<Actor> {

    private final PeopleSearch search;
    private final PersonRegister register;

    PeopleController(PeopleSearch search, PersonRegister register) {
        this.search = search;
        this.register = register;
    }

    @Operation(summary = "Search your council's people, a page at a time",
            description = """
                    Everyone in your council's register, or those the search finds: digits (spaces allowed) are the start \
                    of an NHS number, a postcode district (CV5) or a full postcode is where people live, and anything \
                    else is words each found in the name, in any case. Ordered by family name, given name and id; \
                    'total' counts every person found, so any of them can be reached page by page.""")
    @StandardProblems
    @InvalidParameterProblems
    @Override
    public PersonPage listPeople(Actor actor, @Nullable String q, int page, int size) {
        return search.page(actor, q, page, size);
    }

    @Operation(summary = "A person of your council",
            description = "Their details as the register holds them, with the version to send back when correcting them.")
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @Override
    public Person showPerson(Actor actor, UUID id) {
        return search.one(actor, id);
    }

    @Operation(summary = "Correct a person's details (send the version you loaded)",
            description = "The NHS number must pass its check digit and belong to nobody else in your council.")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public Person correctPerson(Actor actor, UUID id, @Valid PersonForm form) {
        return register.correct(actor, id, form);
    }
}
