package io.diplomatictimeline.edtf;

/** Thrown when a text is not a date of the EDTF subset; the message says which rule it breaks. */
public class InvalidEdtfDateException extends IllegalArgumentException {

    public InvalidEdtfDateException(String message) {
        super(message);
    }
}
