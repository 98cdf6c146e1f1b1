/// The optimizers plotnn runs, each exactly as its framework defines it (the rule's type
/// documents the formula and its source): PyTorch's names and defaults, TensorFlow's
/// spellings as aliases, TensorFlow's defaults for the optimizers only it has.
///
/// The learning-rate defaults are the frameworks' (1e-3 for SGD and Adam, 1e-2 for Adagrad
/// and RMSprop, 1 for Adadelta): tuned for networks, not for a test function, which is why
/// the optimizers figure has `--tune`.
public enum OptimizerCatalog {
  public static let entries: [OptimizerEntry] = [
    OptimizerEntry(
      "sgd", title: "SGD", aliases: ["GradientDescent", "gd"], source: "torch.optim.SGD; TF ApplyGradientDescent",
      parameters: [.lr(1e-3), .weightDecay]
    ) { SGD(lr: $0["lr"], weightDecay: $0["weight_decay"]) },
    OptimizerEntry(
      "momentum", title: "Momentum", source: "torch.optim.SGD(momentum); TF ApplyMomentum",
      parameters: [
        .lr(1e-3), OptimizerParameter("momentum", 0.9, .belowOne, symbol: "μ", shown: true),
        OptimizerParameter("dampening", 0, .unit, symbol: "τ"), .weightDecay,
      ]
    ) { SGD(lr: $0["lr"], momentum: $0["momentum"], dampening: $0["dampening"], weightDecay: $0["weight_decay"]) },
    OptimizerEntry(
      "nesterov", title: "Nesterov", source: "torch.optim.SGD(nesterov=True); TF ApplyMomentum(use_nesterov)",
      parameters: [.lr(1e-3), OptimizerParameter("momentum", 0.9, .belowOne, symbol: "μ", shown: true), .weightDecay]
    ) { SGD(lr: $0["lr"], momentum: $0["momentum"], weightDecay: $0["weight_decay"], nesterov: true) },
    OptimizerEntry(
      "adagrad", title: "Adagrad", source: "torch.optim.Adagrad; TF ResourceApplyAdagradV2",
      parameters: [
        .lr(1e-2), OptimizerParameter("lr_decay", 0, .nonNegative, symbol: "δ"), .weightDecay,
        .initialAccumulator(0, tf: 0.1), .eps(1e-10, tf: 1e-7),
      ], hasConvention: true
    ) {
      Adagrad(
        lr: $0["lr"], lrDecay: $0["lr_decay"], weightDecay: $0["weight_decay"],
        initialAccumulatorValue: $0["initial_accumulator_value"], eps: $0["eps"])
    },
    OptimizerEntry(
      "adadelta", title: "Adadelta", source: "torch.optim.Adadelta; TF ApplyAdadelta",
      parameters: [
        .lr(1), OptimizerParameter("rho", 0.9, .unit, symbol: "ρ", aliases: ["decay"]), .eps(1e-6), .weightDecay,
      ]
    ) { Adadelta(lr: $0["lr"], rho: $0["rho"], eps: $0["eps"], weightDecay: $0["weight_decay"]) },
    rmsprop("rmsprop", title: "RMSprop", centered: false),
    rmsprop("centered-rmsprop", title: "RMSprop (centred)", centered: true),
    OptimizerEntry(
      "adam", title: "Adam", source: "torch.optim.Adam; TF ApplyAdam",
      parameters: [.lr(1e-3), .beta1, .beta2, .eps(1e-8, tf: 1e-7), .weightDecay], hasConvention: true
    ) {
      Adam(
        lr: $0["lr"], beta1: $0["beta1"], beta2: $0["beta2"], eps: $0["eps"], weightDecay: $0["weight_decay"],
        convention: $0.convention)
    },
    OptimizerEntry(
      "adamax", title: "Adamax", source: "torch.optim.Adamax",
      parameters: [.lr(2e-3), .beta1, .beta2, .eps(1e-8), .weightDecay]
    ) { Adamax(lr: $0["lr"], beta1: $0["beta1"], beta2: $0["beta2"], eps: $0["eps"], weightDecay: $0["weight_decay"]) },
    OptimizerEntry(
      "nadam", title: "NAdam", source: "torch.optim.NAdam",
      parameters: [
        .lr(2e-3), .beta1, .beta2, .eps(1e-8), .weightDecay,
        OptimizerParameter("momentum_decay", 4e-3, .nonNegative, symbol: "ψ"),
      ]
    ) {
      NAdam(
        lr: $0["lr"], beta1: $0["beta1"], beta2: $0["beta2"], eps: $0["eps"], weightDecay: $0["weight_decay"],
        momentumDecay: $0["momentum_decay"])
    },
    OptimizerEntry(
      "adamw", title: "AdamW", source: "torch.optim.AdamW",
      parameters: [
        .lr(1e-3), .beta1, .beta2, .eps(1e-8), OptimizerParameter("weight_decay", 1e-2, .nonNegative, symbol: "λ"),
      ]
    ) { AdamW(lr: $0["lr"], beta1: $0["beta1"], beta2: $0["beta2"], eps: $0["eps"], weightDecay: $0["weight_decay"]) },
    OptimizerEntry(
      "ftrl", title: "FTRL", source: "TF ApplyFtrl (training_ops.cc)",
      parameters: [
        .lr(1e-3),
        OptimizerParameter("lr_power", -0.5, .nonPositive, symbol: "p", aliases: ["learning_rate_power"]),
        .initialAccumulator(0.1), .l1, .l2, OptimizerParameter("beta", 0, .nonNegative, symbol: "β"),
      ]
    ) {
      FTRL(
        lr: $0["lr"], lrPower: $0["lr_power"], initialAccumulatorValue: $0["initial_accumulator_value"], l1: $0["l1"],
        l2: $0["l2"], beta: $0["beta"])
    },
    OptimizerEntry(
      "adagrad-da", title: "AdagradDA", source: "TF ApplyAdagradDA (training_ops.cc)",
      parameters: [.lr(1e-3), .initialAccumulator(0.1), .l1, .l2]
    ) { AdagradDA(lr: $0["lr"], initialAccumulatorValue: $0["initial_accumulator_value"], l1: $0["l1"], l2: $0["l2"]) },
    OptimizerEntry(
      "proximal-sgd", title: "ProximalGD", aliases: ["ProximalGradientDescent", "proximal-gd"],
      source: "TF ApplyProximalGradientDescent (training_ops.cc)", parameters: [.lr(1e-3), .l1, .l2]
    ) { ProximalSGD(lr: $0["lr"], l1: $0["l1"], l2: $0["l2"]) },
    OptimizerEntry(
      "proximal-adagrad", title: "ProximalAdagrad", source: "TF ApplyProximalAdagrad (training_ops.cc)",
      parameters: [.lr(1e-2), .initialAccumulator(0.1), .l1, .l2]
    ) {
      ProximalAdagrad(
        lr: $0["lr"], initialAccumulatorValue: $0["initial_accumulator_value"], l1: $0["l1"], l2: $0["l2"])
    },
  ]

  private static func rmsprop(_ id: String, title: String, centered: Bool) -> OptimizerEntry {
    OptimizerEntry(
      id, title: title, aliases: centered ? ["rmsprop-centered", "CenteredRMSProp"] : [],
      source: centered
        ? "torch.optim.RMSprop(centered=True); TF ApplyCenteredRMSProp" : "torch.optim.RMSprop; TF ApplyRMSProp",
      parameters: [
        .lr(1e-2), OptimizerParameter("alpha", 0.99, .belowOne, symbol: "α", aliases: ["rho", "decay"]),
        .eps(1e-8), .weightDecay, OptimizerParameter("momentum", 0, .belowOne, symbol: "μ"),
      ], hasConvention: true
    ) {
      RMSprop(
        lr: $0["lr"], alpha: $0["alpha"], eps: $0["eps"], weightDecay: $0["weight_decay"], momentum: $0["momentum"],
        centered: centered, convention: $0.convention)
    }
  }

  /// The entry named `name` (id or alias), or nil.
  public static func entry(named name: String) -> OptimizerEntry? { entries.first { $0.matches(name) } }
}
