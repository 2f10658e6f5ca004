package hudson.model;

/** Wrong: an allow-listed type declaring a member nothing can confirm. */
public interface ItemGroup<T extends Item> {
    String getFullName();
}
