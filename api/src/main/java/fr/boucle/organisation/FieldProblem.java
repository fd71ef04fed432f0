package fr.boucle.organisation;

/** A field of a request that breaks a rule, named as the request names it. */
public record FieldProblem(String field, String message) {}
