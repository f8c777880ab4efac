package dev.healthcheck.processor;

/** Whether the registry can write {@code new Owner()}, and if not, why. */
enum Construction {
  /** A concrete class or record whose no-argument constructor the registry can call. */
  POSSIBLE,
  /** An interface, whose instances someone else makes. */
  INTERFACE,
  /** An enum, whose constants are its only instances. */
  ENUM,
  /** An abstract class. */
  ABSTRACT,
  /** A class with constructors, none of which takes no arguments. */
  NO_NO_ARGUMENT_CONSTRUCTOR,
  /** A no-argument constructor that the registry's package cannot see. */
  HIDDEN_CONSTRUCTOR,
  /** A no-argument constructor that declares a checked exception. */
  THROWING_CONSTRUCTOR
}
