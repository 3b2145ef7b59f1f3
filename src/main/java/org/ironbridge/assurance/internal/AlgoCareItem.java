package org.ironbridge.assurance.internal;

/** ALGO-CARE (Oswald, Grace, Urwin and Barnes, 2018): the questions a force asks before using an algorithm. */
public enum AlgoCareItem {
    ADVISORY("Advisory", "If the output is advice, does a person keep real discretion over the decision?"),
    LAWFUL("Lawful", "Are its function, its effect on individuals and its use of data lawful, necessary and proportionate for a policing purpose?"),
    GRANULARITY("Granularity", "Does it work at a level of detail that suits its purpose, with the uncertainty and gaps in its data understood?"),
    OWNERSHIP("Ownership", "Who owns the algorithm and the data, and can the force access, audit, maintain and change them?"),
    CHALLENGEABLE("Challengeable", "What oversight and audit follow it into use, and can the people it affects challenge its outcome?"),
    ACCURACY("Accuracy", "Does it do what it was specified to do, how is its accuracy measured, and are its error rates known?"),
    RESPONSIBLE("Responsible", "Would its use be seen as fair, ethical and in the public interest?"),
    EXPLAINABLE("Explainable", "Is information available about its decision rules and the weight of each factor?");

    private final String label;
    private final String question;

    AlgoCareItem(String label, String question) {
        this.label = label;
        this.question = question;
    }

    public String label() {
        return label;
    }

    public String question() {
        return question;
    }
}
