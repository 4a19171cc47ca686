package uk.homecare.portal.ui.client;

import io.micronaut.http.client.annotation.Client;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.person.PeopleOperations;

/** The council's register of people: search a page at a time, read one person, correct them. */
@Client("${ui.api-url:/}")
public interface PeopleClient extends PeopleOperations<Bearer> {}
