import Foundation

/// A self-contained SVG line plot of loss curves (log-scale loss axis), one
/// colour per curve, with axes, ticks and a legend.
enum LossPlot {
    static let colours = ["#d62728", "#1f77b4", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"]

    static func svg(title: String, curves: [(name: String, values: [Double])]) -> String {
        let width = 720.0, height = 440.0
        let left = 70.0, right = 150.0, top = 40.0, bottom = 50.0
        let plotW = width - left - right, plotH = height - top - bottom
        let finite = curves.flatMap(\.values).filter { $0.isFinite && $0 > 0 }
        let lo = Foundation.log10(finite.min() ?? 1e-3), hi = Foundation.log10(finite.max() ?? 1)
        let yMin = Foundation.floor(lo), yMax = max(Foundation.ceil(hi), yMin + 1)
        let xMax = Double(max(1, (curves.map(\.values.count).max() ?? 1) - 1))
        func px(_ i: Double) -> Double { left + plotW * i / xMax }
        func py(_ v: Double) -> Double {
            top + plotH * (yMax - Foundation.log10(v)) / (yMax - yMin)
        }
        var s = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" \
            font-family="sans-serif" font-size="12">
            <rect width="100%" height="100%" fill="white"/>
            <text x="\(left)" y="22" font-size="14">\(escape(title))</text>
            <rect x="\(left)" y="\(top)" width="\(plotW)" height="\(plotH)" \
            fill="none" stroke="#333"/>

            """
        var decade = yMin
        while decade <= yMax {
            let y = py(Foundation.pow(10, decade))
            s +=
                """
                    <line x1=\"\(left)\" y1=\"\(y)\" x2=\"\(left + plotW)\" y2=\"\(y)\" \
                    stroke=\"#ddd\"/>
                    """
            s +=
                """
                    <text x=\"\(left - 8)\" y=\"\(y + 4)\" \
                    text-anchor=\"end\">1e\(Int(decade))</text>\n
                    """
            decade += 1
        }
        for k in 0...5 {
            let i = xMax * Double(k) / 5, x = px(i)
            s +=
                """
                    <line x1=\"\(x)\" y1=\"\(top + plotH)\" x2=\"\(x)\" y2=\"\(top + plotH + 5)\" \
                    stroke=\"#333\"/>
                    """
            s +=
                """
                    <text x=\"\(x)\" y=\"\(top + plotH + 20)\" \
                    text-anchor=\"middle\">\(Int(i.rounded()))</text>\n
                    """
        }
        s +=
            """
                <text x=\"\(left + plotW / 2)\" y=\"\(height - 10)\" \
                text-anchor=\"middle\">iteration</text>\n
                """
        s +=
            """
                <text x=\"18\" y=\"\(top + plotH / 2)\" text-anchor=\"middle\" \
                transform=\"rotate(-90 18 \(top + plotH / 2))\">loss (whole data set, log \
                scale)</text>\n
                """
        for (k, curve) in curves.enumerated() {
            let colour = colours[k % colours.count]
            let points = curve.values.enumerated().filter { $0.element.isFinite && $0.element > 0 }
                .map { point in
                    let x = formatSignificant(px(Double(point.offset)), 6)
                    return "\(x),\(formatSignificant(py(point.element), 6))"
                }
            s +=
                "<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"1.5\" "
                + "points=\"\(points.joined(separator: " "))\"/>\n"
            let ly = top + 20 + 20 * Double(k)
            s +=
                """
                    <line x1=\"\(left + plotW + 15)\" y1=\"\(ly)\" x2=\"\(left + plotW + 40)\" \
                    y2=\"\(ly)\" stroke=\"\(colour)\" stroke-width=\"2\"/>
                    """
            s += "<text x=\"\(left + plotW + 46)\" y=\"\(ly + 4)\">\(escape(curve.name))</text>\n"
        }
        return s + "</svg>\n"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(
            of: "<", with: "&lt;"
        )
        .replacingOccurrences(of: ">", with: "&gt;")
    }
}
