using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.RulePacks.Tables;

/// <summary>What a column of a bureau's table holds.</summary>
internal enum HeaderRole
{
    /// <summary>序号: the row number, kept as the column's <c>seedRow</c>.</summary>
    Number,

    /// <summary>一级栏目 … 四级栏目 (or 事项): a level of the catalog tree; <see cref="HeaderNames.Header.Level"/> says which.</summary>
    Level,

    /// <summary>栏目名称 / 公开事项 / 工作任务: the column's own name, below any level columns.</summary>
    Name,

    /// <summary>更新频率 / 公开时限 / 时限要求: the deadline phrase.</summary>
    Deadline,

    /// <summary>负责科室 / 责任科室 / 公开主体: who updates the column.</summary>
    Responsible,

    /// <summary>具体要求 / 公开内容 / 公开依据 …: kept as the column's note.</summary>
    Note,
}

/// <summary>
/// The header names the importer understands, in the variants real tables use (the seed's 序号 / 一级栏目 / 二级栏目 /
/// 三级栏目 / 更新频率 / 负责科室, and 一级事项, 公开时限, 时限要求, 责任科室, 责任处室, 公开主体, 工作任务, 具体要求 … from
/// published 主动公开目录 and 政务公开标准目录). Matching ignores white space and the width of parentheses.
/// </summary>
internal static class HeaderNames
{
    /// <summary>The table: each header text and its role (and level).</summary>
    internal static ImmutableArray<Header> All { get; } = Build();

    private static readonly FrozenDictionary<string, Header> ByText = All.ToFrozenDictionary(h => h.Text, StringComparer.Ordinal);

    /// <summary>Gets the understood headers for messages, grouped by role.</summary>
    internal static LocalizedText Expected { get; } = All.GroupBy(h => h.Role)
        .Select(g => TableTexts.Text("Header.Group", TableTexts.Text("Role." + g.Key.ToString()), string.Join(" ", g.Select(h => h.Text))))
        .Aggregate((all, group) => TableTexts.Text("Header.Groups", all, group));

    /// <summary>Finds a header cell's meaning.</summary>
    internal static Header? Find(string cell) => ByText.TryGetValue(Normalize(cell), out var header) ? header : null;

    internal static string Normalize(string cell)
    {
        var s = new StringBuilder(cell.Length);
        foreach (var c in cell)
        {
            if (!char.IsWhiteSpace(c))
            {
                s.Append(c switch { '（' => '(', '）' => ')', _ => c });
            }
        }

        return s.ToString();
    }

    private static ImmutableArray<Header> Build()
    {
        var list = new List<Header>();
        void Add(HeaderRole role, int level, params string[] texts) => list.AddRange(texts.Select(t => new Header(t, role, level)));
        Add(HeaderRole.Number, 0, "序号", "编号", "序列号", "行号");
        string[] numerals = ["一", "二", "三", "四"];
        for (var level = 1; level <= numerals.Length; level++)
        {
            var n = numerals[level - 1];
            Add(HeaderRole.Level, level, $"{n}级栏目", $"{n}级事项", $"{n}级目录", $"{n}级分类", $"{n}级栏目名称", $"{n}级事项名称", $"{n}级");
        }

        Add(HeaderRole.Name, 0, "栏目名称", "栏目", "子栏目", "事项名称", "公开事项", "事项", "工作任务", "信息名称", "目录名称", "公开项目", "公开类别及事项", "事项名称及类别");
        Add(HeaderRole.Deadline, 0, "更新频率", "公开时限", "时限要求", "更新时限", "时限", "公开时间", "完成时限", "更新周期", "更新频次", "公开频率", "公开时限要求");
        Add(HeaderRole.Responsible, 0, "负责科室", "责任股室(单位)", "责任科室(股室)", "责任科室", "责任处室", "责任股室", "公开主体", "责任单位", "牵头科室", "责任部门", "负责单位", "责任主体", "承办科室", "责任科室(单位)", "负责股室");
        Add(HeaderRole.Note, 0, "具体要求", "公开内容", "公开内容(要素)", "公开依据", "公开渠道", "公开渠道和载体", "公开方式", "公开层级", "公开范围", "公开标准", "备注", "说明", "工作要求",
            "公开对象", "全社会", "特定群众", "特定群体", "主动", "依申请公开", "事项类别", "事项类别(法定公开、其他)", "网站所属栏目", "政府信息公开平台对应栏目",
            "公开格式", "过程", "内容要求", "咨询及监督举报电话", "监督方式", "公开载体");
        return [.. list];
    }

    /// <summary>One understood header.</summary>
    /// <param name="Text">The header text (normalised).</param>
    /// <param name="Role">What the column holds.</param>
    /// <param name="Level">The tree level (1–4) of a <see cref="HeaderRole.Level"/> column; 0 otherwise.</param>
    internal sealed record Header(string Text, HeaderRole Role, int Level);
}
