package vn.thidua.tasks.model;

/** The appendix's two parts: A, the key tasks the province approved; B, the office's work programme. */
public enum TaskSection {
    KEY("A"), PROGRAMME("B");

    private final String letter;

    TaskSection(String letter) {
        this.letter = letter;
    }

    /** "A" or "B", as the appendix prints it and the database stores it. */
    public String letter() {
        return letter;
    }

    public static TaskSection ofLetter(String letter) {
        for (TaskSection s : values()) {
            if (s.letter.equals(letter)) {
                return s;
            }
        }
        throw new IllegalArgumentException("section " + letter);
    }
}
