/// A labelled tick of an axis: its value, where it sits, and its label. Every chart's axes
/// use it (line charts, contour panels, the colour bar; the 3-D box wraps it with the ends
/// of its mark).
public struct AxisTick: Sendable, Hashable {
  public var value: Double
  /// Position along the axis in points: as ``TickLocator/labelledTicks(_:length:bins:spacing:)``
  /// returns it, the distance from the range's low end on an axis `length` long; once
  /// placed (``placed(by:)``), the device coordinate.
  public var position: Double
  public var label: RichText
  /// A labelled minor tick of a log axis (2 × 10⁻¹ beside the decades,
  /// ``LogTickLocator/labelledMinorCoefficients(lo:hi:)``): its mark is the short minor
  /// one and it draws no grid line, as matplotlib labels a minor tick without making it major.
  public var minor: Bool

  public init(value: Double, position: Double, label: RichText, minor: Bool = false) {
    self.value = value
    self.position = position
    self.label = label
    self.minor = minor
  }

  /// The same tick at the device coordinate `scale(value)`.
  public func placed(by scale: LinearScale) -> AxisTick {
    AxisTick(value: value, position: scale(value), label: label, minor: minor)
  }
}
