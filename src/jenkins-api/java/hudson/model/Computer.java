package hudson.model;

import org.kohsuke.stapler.export.ExportedBean;

/**
 * Declaration of Jenkins' running counterpart of a {@link Node}, as a type only. Simplified: the real one also
 * implements {@code AccessControlled}, {@code IComputer}, {@code ExecutorListener},
 * {@code DescriptorByNameOwner}, {@code StaplerProxy} and {@code HasWidgets}, which the glue never uses.
 */
@ExportedBean
public abstract class Computer extends Actionable {
    protected Computer(Node node) {
    }
}
