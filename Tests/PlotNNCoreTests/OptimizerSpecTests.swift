import Testing

@testable import PlotNNCore

struct OptimizerSpecTests {
  @Test func pytorchDefaultsAndTensorFlowAliases() throws {
    let adam = try Optimizer(parsing: "adam(learning_rate=0.05, beta_1=0.8, epsilon=1e-6)")
    #expect(adam.values["lr"] == 0.05)
    #expect(adam.values["beta1"] == 0.8)
    #expect(adam.values["beta2"] == 0.999)
    #expect(adam.values["eps"] == 1e-6)
    #expect(adam.given == ["lr", "beta1", "eps"])
    let rms = try Optimizer(parsing: "RMSprop:decay=0.9")
    #expect(rms.values["alpha"] == 0.9)
    #expect(rms.values["lr"] == 1e-2)
    #expect(try Optimizer(parsing: "GradientDescent").entry.id == "sgd")
    #expect(try Optimizer(parsing: "ProximalGradientDescent(l1_regularization_strength=0.1)").values["l1"] == 0.1)
  }

  @Test func conventionChangesTheDefaultsItShould() throws {
    let torch = try Optimizer(parsing: "adagrad")
    let tf = try Optimizer(parsing: "adagrad(convention=tf)")
    #expect(torch.values["initial_accumulator_value"] == 0 && torch.values["eps"] == 1e-10)
    #expect(tf.values["initial_accumulator_value"] == 0.1 && tf.values["eps"] == 1e-7)
    #expect(tf.values.convention == .tf && tf.conventionGiven)
    #expect(try Optimizer(parsing: "adam(lr=0.1, convention = TF)").values["eps"] == 1e-7)
    #expect(try Optimizer(parsing: "adam:convention=tf").values.convention == .tf)
    #expect(try Optimizer(parsing: "adam(convention=tf, eps=1e-9)").values["eps"] == 1e-9)
  }

  @Test func specRoundTrips() throws {
    for entry in OptimizerCatalog.entries {
      let o = try Optimizer(parsing: entry.id)
      let again = try Optimizer(parsing: o.spec)
      #expect(again.values == o.values, "\(o.spec)")
    }
  }

  @Test func refusals() {
    func message(_ spec: String) -> String {
      do {
        _ = try Optimizer(parsing: spec)
        return ""
      } catch { return error.description }
    }
    #expect(message("adma").contains("did you mean adam"))
    #expect(message("rmsprob").contains("did you mean rmsprop"))
    #expect(message("adam(lr=0)").contains("lr must be greater than 0 (got 0)"))
    #expect(message("adam(beta1=1)").contains("beta1 must be in [0, 1)"))
    #expect(message("momentum(momentum=-0.1)").contains("momentum must be in [0, 1)"))
    #expect(message("adam(gamma=1)").contains("no hyper-parameter 'gamma'"))
    #expect(message("adam(lr=1, learning_rate=2)").contains("given twice"))
    #expect(message("adam(convention=jax)").contains("convention must be tf or torch"))
    #expect(message("sgd(convention=tf)").contains("sgd takes no convention"))
    #expect(message("adam(lr=abc)").contains("malformed argument"))
    #expect(message("ftrl(lr_power=0.5)").contains("lr_power must be 0 or less"))
  }

  /// A run that blows up stops at the step it does, never loops or traps.
  @Test func divergenceStops() throws {
    let sgd = try Optimizer(parsing: "sgd(lr=10)")
    let run = OptimizerRun(steps: 100_000, escape: (-100...100, -100...100))
    let path = run.run(sgd, from: Vector2(1, 1), loss: { $0.x * $0.x + $0.y * $0.y }, gradient: { 2 * $0 })
    #expect(path.diverged)
    #expect(path.points.count < 10)
    let free = OptimizerRun(steps: 100_000).run(
      sgd, from: Vector2(1, 1), loss: { $0.x * $0.x + $0.y * $0.y }, gradient: { 2 * $0 })
    #expect(free.diverged)
    #expect(free.points.allSatisfy { $0.isFinite })
  }
}
