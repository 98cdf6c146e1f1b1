extension LineFigure {
  /// The manifest's keys of the axis scales: `xscale`, `yscale` (linear, log, symlog),
  /// `xlinthresh`, `ylinthresh`.
  static let axisScaleKeys: [FigureKey<Self>] = [
    .choice("xscale", \.xscale), .choice("yscale", \.yscale), .number("xlinthresh", \.xlinthresh),
    .number("ylinthresh", \.ylinthresh),
  ]

  /// The x axis's scale as drawn.
  public var xAxisScale: AxisScale { AxisScale(xscale, linearThreshold: xlinthresh) }
  /// The y axis's scale as drawn.
  public var yAxisScale: AxisScale { AxisScale(yscale, linearThreshold: ylinthresh) }

  /// What the scales allow, checked before drawing (each a usage error, exit 64, on the
  /// command line):
  /// - a log x axis needs an x range above 0 (`from` > 0, given or from the functions'
  ///   domains): a log axis has no place for 0 or below, and a range reaching there has no
  ///   left end; a log y axis needs `ymin`/`ymax` > 0 when given. (Curve values ≤ 0 are not
  ///   an error: they are left out and said, ``LineChart/applyAxisScales(x:y:)``.)
  /// - `xlinthresh`/`ylinthresh` are symlog's and must be finite and > 0.
  /// - Decision: `aspect: equal` needs linear axes. One unit of x as long as one of y means
  ///   nothing when a unit is a decade on one axis and a length on the other, and matplotlib's
  ///   equal aspect on log axes equates decades, a different promise; so it is refused.
  /// - A tick step needs a linear axis (steps of a log axis are its decades); tick values are
  ///   allowed, and on a log axis must be > 0.
  func validateAxisScales(_ bound: [FunctionSource]) throws(FigureSpecError) {
    for (name, value, kind) in [("xlinthresh", xlinthresh, xscale), ("ylinthresh", ylinthresh, yscale)] {
      guard let value else { continue }
      try FieldRules.positive(value, name)
      if kind != .symlog {
        throw .value(
          name, "is the linear band of a symlog axis; give \(field: String(name.prefix(1)) + "scale") symlog with it")
      }
    }
    if aspect == .equal && (xscale != .linear || yscale != .linear) {
      throw .value(
        "aspect",
        "equal needs linear axes (got \(field: "xscale") \(xscale.rawValue), \(field: "yscale") \(yscale.rawValue)): "
          + "a unit of a log axis is a decade, not a length")
    }
    if xscale == .log {
      let range = try xRange(bound)
      if !(range.lowerBound > 0) {
        let given = from == nil ? " (the functions' default domain starts there)" : ""
        throw .value(
          "from",
          "must be greater than 0 on a log x axis (got \(range.lowerBound)\(given)); a log axis holds only "
            + "positive x: give \(field: "from") > 0, or \(field: "xscale") symlog to include 0 and negative x")
      }
      if let xticks, xticks.contains(where: { !($0 > 0) }) {
        throw .value("xticks", "must be greater than 0 on a log x axis (got \(xticks.filter { !($0 > 0) }[0]))")
      }
    }
    if yscale == .log {
      for (name, value) in [("ymin", ymin), ("ymax", ymax)] {
        if let value, !(value > 0) {
          throw .value(
            name,
            "must be greater than 0 on a log y axis (got \(value)); leave it out for the data's range, or give "
              + "\(field: "yscale") symlog to include 0 and negative y")
        }
      }
      if let yticks, yticks.contains(where: { !($0 > 0) }) {
        throw .value("yticks", "must be greater than 0 on a log y axis (got \(yticks.filter { !($0 > 0) }[0]))")
      }
    }
    if xscale != .linear && xtickStep != nil {
      throw .value("xtick-step", "needs a linear x axis (a log axis ticks its decades); give \(field: "xticks") values")
    }
    if yscale != .linear && ytickStep != nil {
      throw .value("ytick-step", "needs a linear y axis (a log axis ticks its decades); give \(field: "yticks") values")
    }
  }
}
