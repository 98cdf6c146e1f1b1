extension Style {
  // Text roles: one TextStyle per kind of text a chart writes, derived from ``baseSize`` b,
  // ``fonts`` and the colours, so changing any of those changes every role. Each size is b
  // plus a fixed step, set here and nowhere else; with b = 10 (the default) titles are 14
  // points and tick labels 10. Every role is set in the
  // running-text families (``FontFamilies/running``). A new role is one property here.

  /// Figure title: b + 4, foreground, bold.
  public var title: TextStyle { role(4, foreground, bold: true) }
  /// Line under the title: b + 1.5, muted.
  public var subtitle: TextStyle { role(1.5, muted) }
  /// A contour panel's heading: b + 3, foreground, bold.
  public var panelTitle: TextStyle { role(3, foreground, bold: true) }
  /// The line under a contour panel's heading: b, muted.
  public var panelSubtitle: TextStyle { role(0, muted) }
  /// A softmax column's heading: b + 1.5, foreground, bold.
  public var header: TextStyle { role(1.5, foreground, bold: true) }
  /// Tick labels: b, muted.
  public var tickLabel: TextStyle { role(0, muted) }
  /// Axis names of line charts and surfaces, and the colour bar's label: b + 1, foreground.
  public var axisName: TextStyle { role(1, foreground) }
  /// A contour panel's axis names (θ₁, θ₂): b + 2, foreground.
  public var panelAxisName: TextStyle { role(2, foreground) }
  /// Legend entries: b, foreground.
  public var legend: TextStyle { role(0, foreground) }
  /// Labels of marked points on a line chart: b, foreground.
  public var annotation: TextStyle { role(0, foreground) }
  /// The label beside a contour panel's minimum ("最优解"): b + 1, foreground.
  public var markerLabel: TextStyle { role(1, foreground) }
  /// The label of a descent path ("梯度"): b + 2, the second palette colour (the path's), bold.
  public var pathLabel: TextStyle { role(2, color(1), bold: true) }
  /// A softmax bar's value: b, foreground.
  public var valueLabel: TextStyle { role(0, foreground) }
  /// A softmax column's sum line: b + 0.5, muted.
  public var footnote: TextStyle { role(0.5, muted) }

  /// A text style `step` points above the base size, in the running-text families.
  private func role(_ step: Double, _ color: Color, bold: Bool = false) -> TextStyle {
    TextStyle(size: baseSize + step, color: color, bold: bold, families: fonts.running, monospaceFamilies: fonts.fixed)
  }
}
