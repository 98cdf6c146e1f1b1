extension Style {
  // Text roles: one TextStyle per kind of text a chart writes, derived from ``baseSize`` b,
  // ``headingScale`` s, ``fonts`` and the colours, so changing any of those changes every
  // role. Each role has a step, set here and nowhere else, and its size is
  // b × (11 + step × s) / 11: the book's old sizes at b = 11 (titles 15, tick labels 11; the default b is 10), in the
  // same ratios at any other b (`--font-size 8`: titles 10.9), so a style scales its text
  // as one. Every role is set in the running-text families (``FontFamilies/running``).
  // A new role is one property here.

  /// Figure title: step 4, foreground, bold.
  public var title: TextStyle { role(4, foreground, bold: true) }
  /// Line under the title: step 1.5, muted.
  public var subtitle: TextStyle { role(1.5, muted) }
  /// A contour panel's heading: step 3, foreground, bold.
  public var panelTitle: TextStyle { role(3, foreground, bold: true) }
  /// The line under a contour panel's heading: step 0, muted.
  public var panelSubtitle: TextStyle { role(0, muted) }
  /// A softmax column's heading: step 1.5, foreground, bold.
  public var header: TextStyle { role(1.5, foreground, bold: true) }
  /// Tick labels: step 0, muted.
  public var tickLabel: TextStyle { role(0, muted) }
  /// Axis names of line charts and surfaces, and the colour bar's label: step 1, foreground.
  public var axisName: TextStyle { role(1, foreground) }
  /// A contour panel's axis names (θ₁, θ₂): step 2, foreground.
  public var panelAxisName: TextStyle { role(2, foreground) }
  /// Legend entries: step 0, foreground.
  public var legend: TextStyle { role(0, foreground) }
  /// Labels of marked points on a line chart: step 0, foreground.
  public var annotation: TextStyle { role(0, foreground) }
  /// The label beside a contour panel's minimum ("最优解"): step 1, foreground.
  public var markerLabel: TextStyle { role(1, foreground) }
  /// The label of a descent path ("梯度"): step 2, the second palette colour (the path's), bold.
  public var pathLabel: TextStyle { role(2, color(1), bold: true) }
  /// A softmax bar's value: step 0, foreground.
  public var valueLabel: TextStyle { role(0, foreground) }
  /// A softmax column's sum line: step 0.5, muted.
  public var footnote: TextStyle { role(0.5, muted) }

  /// A text style `step` book points above the base size (at b = 11, s = 1), in the
  /// running-text families. Exact at the book's sizes: 11 × 15 / 11 is 15.
  private func role(_ step: Double, _ color: Color, bold: Bool = false) -> TextStyle {
    TextStyle(
      size: baseSize * (11 + step * headingScale) / 11, color: color, bold: bold, families: fonts.running,
      monospaceFamilies: fonts.fixed, mathFamily: fonts.math)
  }
}
