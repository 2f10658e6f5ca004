package hudson.model;

/** Declaration of Jenkins' remote API ({@code /api/json}) of an exported bean. */
public class Api extends AbstractModelObject {
    public Api(Object bean) {
    }
}
