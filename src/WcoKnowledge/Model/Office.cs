namespace WcoKnowledge;

/// <summary>The office an <see cref="Officer"/> held.</summary>
public enum Office
{
    /// <summary>Chairperson of the WCO Council, elected by the Members. Dataset word: <c>councilChair</c>.</summary>
    CouncilChair = 0,

    /// <summary>Deputy Secretary General of the WCO Secretariat. Dataset word: <c>deputySecretaryGeneral</c>.</summary>
    DeputySecretaryGeneral = 1,
}
