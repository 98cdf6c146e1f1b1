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

  public init(value: Double, position: Double, label: RichText) {
    self.value = value
    self.position = position
    self.label = label
  }

  /// The same tick at the device coordinate `scale(value)`.
  public func placed(by scale: LinearScale) -> AxisTick {
    AxisTick(value: value, position: scale(value), label: label)
  }
}
