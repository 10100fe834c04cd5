package vn.thidua.common.ui;

/**
 * One entry of a screen's documents menu, handed to the view by the composition root when the documents belong
 * to another feature (the certificates of the decisions screen): its label and its command, and whether a separator
 * goes before it.
 */
public record DocumentAction(String label, Command command, boolean separatorBefore) {
}
