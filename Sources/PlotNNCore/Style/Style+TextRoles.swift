extension Style {
  /// Sets every text role from ``baseSize`` b, ``fonts`` and the colours; call it again
  /// after changing one of those. Each size is b plus a fixed step, set here and nowhere else:
  ///
  /// | role | size | colour | weight |
  /// |---|---|---|---|
  /// | ``title`` | b + 4 | foreground | bold |
  /// | ``subtitle`` | b + 1.5 | muted | |
  /// | ``panelTitle`` | b + 3 | foreground | bold |
  /// | ``panelSubtitle`` | b | muted | |
  /// | ``header`` | b + 1.5 | foreground | bold |
  /// | ``tickLabel`` | b | muted | |
  /// | ``axisName`` | b + 1 | foreground | |
  /// | ``panelAxisName`` | b + 2 | foreground | |
  /// | ``legend`` | b | foreground | |
  /// | ``annotation`` | b | foreground | |
  /// | ``markerLabel`` | b + 1 | foreground | |
  /// | ``pathLabel`` | b + 2 | second palette colour | bold |
  /// | ``valueLabel`` | b | foreground | |
  /// | ``footnote`` | b + 0.5 | muted | |
  ///
  /// With b = 11 these are the sizes plotnn's figures have always had (titles 15, tick
  /// labels 11). Every role is set in the running-text families (``FontFamilies/running``).
  public mutating func deriveTextRoles() {
    let (b, fonts) = (baseSize, fonts)
    let role = { (step: Double, color: Color, bold: Bool) in
      TextStyle(size: b + step, color: color, bold: bold, families: fonts.running, monospaceFamilies: fonts.fixed)
    }
    title = role(4, foreground, true)
    subtitle = role(1.5, muted, false)
    panelTitle = role(3, foreground, true)
    panelSubtitle = role(0, muted, false)
    header = role(1.5, foreground, true)
    tickLabel = role(0, muted, false)
    axisName = role(1, foreground, false)
    panelAxisName = role(2, foreground, false)
    legend = role(0, foreground, false)
    annotation = role(0, foreground, false)
    markerLabel = role(1, foreground, false)
    pathLabel = role(2, color(1), true)
    valueLabel = role(0, foreground, false)
    footnote = role(0.5, muted, false)
  }
}
