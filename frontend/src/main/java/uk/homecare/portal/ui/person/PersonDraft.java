package uk.homecare.portal.ui.person;

import java.time.LocalDate;
import uk.homecare.portal.api.person.Person;
import uk.homecare.portal.api.person.PersonForm;

/** A person's details being corrected; its properties are named like {@link PersonForm}'s fields, where the API's errors land. */
public class PersonDraft {

    private String givenName;
    private String familyName;
    private LocalDate dateOfBirth;
    private String nhsNumber;
    private String addressLine;
    private String postcode;
    private String language;
    private int version;

    static PersonDraft of(Person person) {
        var draft = new PersonDraft();
        draft.givenName = person.givenName();
        draft.familyName = person.familyName();
        draft.dateOfBirth = person.dateOfBirth();
        draft.nhsNumber = person.nhsNumber() == null ? null : PersonWords.nhsNumber(person.nhsNumber());
        draft.addressLine = person.addressLine();
        draft.postcode = person.postcode();
        draft.language = person.language();
        draft.version = person.version();
        return draft;
    }

    /** The NHS number is typed in groups as it is read aloud; the API takes its ten digits. */
    PersonForm toForm() {
        String digits = nhsNumber == null || nhsNumber.isBlank() ? null : nhsNumber.replaceAll("\\s+", "");
        return new PersonForm(givenName, familyName, dateOfBirth, digits, addressLine, postcode, version, language);
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getNhsNumber() {
        return nhsNumber;
    }

    public void setNhsNumber(String nhsNumber) {
        this.nhsNumber = nhsNumber;
    }

    public String getAddressLine() {
        return addressLine;
    }

    public void setAddressLine(String addressLine) {
        this.addressLine = addressLine;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
