package hudson.model;

import java.io.Serializable;

/** Wrong: Serializable is not an interface of Jenkins' InvisibleAction. */
public abstract class InvisibleAction implements Action, Serializable {
    public InvisibleAction() {
    }
}
