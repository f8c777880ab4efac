package com.example;

import dev.healthcheck.runtime.HealthChecker;
import dev.healthcheck.runtime.HealthResponse;

public class Main {
  public static void main(String[] args) {
    HealthChecker health = HealthChecker.of(GeneratedHealthRegistry.create());
    HealthResponse response = health.run();          // status, headers and body
    System.out.println(response.status() + " " + response.body());
  }
}
