import Foundation

/// A point or direction in a plane of two real parameters: weights (w₁, w₂) of a model,
/// a gradient, or a point of a contour, with `x` the first coordinate (θ₁, drawn across)
/// and `y` the second (θ₂, drawn up).
public struct Vector2: Sendable, Hashable {
  public var x: Double
  public var y: Double

  public init(_ x: Double, _ y: Double) {
    self.x = x
    self.y = y
  }

  public static let zero = Vector2(0, 0)

  public static func + (a: Vector2, b: Vector2) -> Vector2 { Vector2(a.x + b.x, a.y + b.y) }
  public static func - (a: Vector2, b: Vector2) -> Vector2 { Vector2(a.x - b.x, a.y - b.y) }
  public static func * (s: Double, v: Vector2) -> Vector2 { Vector2(s * v.x, s * v.y) }

  /// The dot product a·b.
  public func dot(_ other: Vector2) -> Double { x * other.x + y * other.y }

  /// The Euclidean length √(x² + y²), without overflow for large components.
  public var length: Double { hypot(x, y) }

  /// Whether both coordinates are finite.
  public var isFinite: Bool { x.isFinite && y.isFinite }
}
